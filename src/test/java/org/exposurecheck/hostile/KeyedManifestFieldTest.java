package org.exposurecheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.exposurecheck.pack.JudgementRefusal;
import org.exposurecheck.pack.KeyedBuild;
import org.exposurecheck.pack.KeyedTier;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackJudge;
import org.exposurecheck.testsupport.ForgedPacks;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.KdfCeilings;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifest's keyed section, field by field, like {@link ManifestFieldTest}: missing, ill-typed or out of range is
 * one sentence naming the field. Then the client's own judgement: keyed types never count against the GPU-years
 * minimum (nobody can guess them offline), but keyed Argon2id settings a person's computer cannot run are refused.
 */
class KeyedManifestFieldTest {
    private static byte[] genuine;

    @BeforeAll
    static void aGenuineKeyedPack() throws Exception {
        KeyedBuild keyed = new KeyedBuild(VoprfPrivateKey.generate(new SecureRandom()), "https://keyed.example.org/base/",
                new KdfParameters(64, 1, 1), 200_000);
        genuine = TestPacks.buildKeyed(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("keyed-fields", 1),
                HostilePacks.PUBLISHER, keyed).pack();
    }

    static Stream<Arguments> brokenFields() {
        return Stream.of(
                broken("keyed", manifest -> manifest.put("keyed", "yes")),
                broken("keyed.scheme", keyed -> keyed.remove("scheme")),
                broken("keyed.scheme", keyed -> keyed.put("scheme", "ec-pair-voprf-p384-v9")),
                broken("keyed.service_url", keyed -> keyed.remove("service_url")),
                broken("keyed.service_url", keyed -> keyed.put("service_url", "ftp://keyed.example.org/")),
                broken("keyed.service_url", keyed -> keyed.put("service_url", "https://user:secret@keyed.example.org/")),
                broken("keyed.service_url", keyed -> keyed.put("service_url", "https://keyed.example.org/\u001b[2J")),
                broken("keyed.service_url", keyed -> keyed.put("service_url", "https://keyed.example.org/?who=me")),
                broken("keyed.public_key", keyed -> keyed.put("public_key", Base64.getEncoder().encodeToString(new byte[33]))),
                broken("keyed.public_key", keyed -> keyed.put("public_key", "not base64!")),
                broken("keyed.kdf", keyed -> keyed.put("kdf", "sha256")),
                broken("keyed.memory_kib", keyed -> keyed.put("memory_kib", 4)),
                broken("keyed.iterations", keyed -> keyed.put("iterations", 0)),
                broken("keyed.parallelism", keyed -> keyed.put("parallelism", 4)),
                broken("keyed.salt", keyed -> keyed.put("salt", Base64.getEncoder().encodeToString(new byte[8]))),
                broken("keyed.guesses_per_day", keyed -> keyed.put("guesses_per_day", 0)),
                broken("keyed.guesses_per_day", keyed -> keyed.put("guesses_per_day", "many")),
                broken("keyed.token_types", keyed -> keyed.putObject("token_types")),
                broken("keyed.token_types", keyed -> ((ObjectNode) keyed.get("token_types")).put("phone", 3)),
                broken("keyed.token_types", keyed -> ((ObjectNode) keyed.get("token_types")).put("phone+plate", 3)),
                broken("keyed.token_types", keyed -> ((ObjectNode) keyed.get("token_types")).put("email+name", 0)));
    }

    /** An edit of the keyed section, except for the one case that replaces the section itself. */
    private static Arguments broken(String field, Consumer<ObjectNode> edit) {
        Consumer<ObjectNode> onManifest = field.equals("keyed") ? edit : manifest -> edit.accept((ObjectNode) manifest.get("keyed"));
        return Arguments.of(field, onManifest);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFields")
    void aMissingOrIllTypedKeyedFieldIsOneSentenceNamingIt(String field, Consumer<ObjectNode> edit) {
        byte[] pack = ForgedPacks.resign(genuine, HostilePacks.PUBLISHER, edit);

        assertThatThrownBy(() -> PackFile.open(pack)).isInstanceOf(PackException.class)
                .hasMessage("The pack's manifest has no valid \"" + field + "\", so the pack cannot be used; ask its publisher for a new copy.");
    }

    @Test
    void theGenuineKeyedSectionIsReadAndItsTypesDoNotCountAgainstTheMinimum() throws Exception {
        PackFile.Signed signed = PackFile.open(genuine);
        KeyedTier tier = KeyedTier.of(signed.manifest()).orElseThrow();

        assertThat(tier.serviceUrl()).isEqualTo("https://keyed.example.org/base/");
        assertThat(tier.kdf()).isEqualTo(new KdfParameters(64, 1, 1));
        assertThat(tier.tokenTypes()).extracting(type -> type.tag()).contains("handle+name", "email+name").doesNotContain("dob+name");
        // email+name, cheap offline (the address is spelled from the name), is not judged by the offline audit.
        assertThat(PackJudge.judge(signed.manifest(), TestPacks.SCALED_MINIMUM).types()).extracting(row -> row.type().tag())
                .doesNotContain("email+name");
    }

    @Test
    void keyedArgon2SettingsBeyondTheCeilingsAreRefusedLikeOfflineOnes() throws Exception {
        byte[] greedy = ForgedPacks.resign(genuine, HostilePacks.PUBLISHER,
                manifest -> ((ObjectNode) manifest.get("keyed")).put("memory_kib", 4 * 1024 * 1024));
        // Within each ceiling on its own, but a person's check would derive dozens of 1 GiB × 10-pass tokens.
        byte[] slow = ForgedPacks.resign(genuine, HostilePacks.PUBLISHER, manifest -> {
            ObjectNode keyed = ((ObjectNode) manifest.get("keyed")).put("memory_kib", KdfCeilings.MAX_MEMORY_KIB).put("iterations", 10);
            for (String type : new String[] {"hkid.masked+name", "address.building+hkid.masked", "address.flat+hkid.masked", "handle+hkid.masked"}) {
                ((ObjectNode) keyed.get("token_types")).put(type, 1);
            }
        });

        assertThatThrownBy(() -> PackJudge.judge(PackFile.open(greedy).manifest(), TestPacks.SCALED_MINIMUM))
                .hasMessage(JudgementRefusal.KDF_MEMORY.sentence("memory", 4096, "ceiling", KdfCeilings.MAX_MEMORY_KIB / 1024).inEnglish());
        assertThatThrownBy(() -> PackJudge.judge(PackFile.open(slow).manifest(), TestPacks.SCALED_MINIMUM))
                .hasMessageStartingWith("Checking against this pack would take about");
    }

    @Test
    void moreKeyedTokensThanThePackHoldsIsInconsistent() {
        byte[] inflated = ForgedPacks.resign(genuine, HostilePacks.PUBLISHER,
                manifest -> ((ObjectNode) manifest.get("keyed").get("token_types")).put("email+name", 1_000_000));

        assertThatThrownBy(() -> PackJudge.judge(PackFile.open(inflated).manifest(), TestPacks.SCALED_MINIMUM))
                .hasMessage(JudgementRefusal.SHAPES_INCONSISTENT.sentence().inEnglish());
    }
}
