package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.SyntheticBenchPack;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.TokenInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An installed pack whose file changed after install (decision 0031): found when the packs are opened (skipped and
 * named), or only when a lookup reads the changed chunk (the check stops with one sentence, since its answer could be
 * wrong). A pack of many random tokens holding one fictional person's real tokens, so the person's lookups land away
 * from the header.
 */
class ChangedInstalledPackCliTest {
    private static final SigningKey PUBLISHER = SigningKey.generate(new SecureRandom());
    private static final int TOKENS = 20_000;
    @TempDir
    static Path dir;
    static byte[] pack;
    static byte[] personsToken;
    static int realTokens;
    static Path packFile;
    static Path trust;
    static Path profile;

    @TempDir
    Path data;

    @BeforeAll
    static void aLargePackHoldingOnePersona() throws Exception {
        Normaliser normaliser = new Normaliser(TestPacks.CLOCK);
        Profile persona = SyntheticDataset.generate(60, 10, 3).personas().stream()
                .filter(p -> inputs(p, normaliser).size() >= 2).findFirst().orElseThrow();
        byte[] salt = new byte[Argon2PairScheme.SALT_LENGTH];
        new Random(11).nextBytes(salt);
        Argon2PairScheme scheme = new Argon2PairScheme(TestPacks.CHEAP_KDF, salt);
        List<byte[]> real;
        try (TokenDeriver deriver = new TokenDeriver(1)) {
            real = deriver.derive(scheme, inputs(persona, normaliser), Progress.NONE, new CancelSignal());
        }
        personsToken = real.get(0);
        realTokens = real.size();
        packFile = dir.resolve("large.ecpack");
        SyntheticBenchPack.write(packFile, "changed", TOKENS, real, scheme, TestPacks.SCALED_POLICY, PUBLISHER, TestPacks.NOW, new Random(11));
        pack = Files.readAllBytes(packFile);
        trust = Files.writeString(dir.resolve("publisher.pub"), KeyFiles.publicKeyText(PUBLISHER.publicKey()));
        ObjectNode json = new ObjectMapper().createObjectNode().put("label", persona.label());
        ArrayNode identifiers = json.putArray("identifiers");
        for (Identifier identifier : persona.identifiers()) {
            identifiers.addObject().put("type", identifier.type().id()).put("value", identifier.value());
        }
        profile = Files.writeString(dir.resolve("persona.json"), json.toString());
    }

    private static List<TokenInput> inputs(Profile persona, Normaliser normaliser) {
        try {
            return SyntheticBenchPack.tokenInputs(persona.identifiers(), normaliser, TestPacks.NOW);
        } catch (org.exposurecheck.pack.PackException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    private Path install() throws Exception {
        Cli.Result install = Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, packFile.toString(), "--trust",
                trust.toString(), "--data-dir", data.toString());
        assertThat(install.exitCode()).as(install.err()).isZero();
        return data.resolve("packs/demo-bench-changed-1.ecpack");
    }

    private Cli.Result check() {
        return Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--data-dir", data.toString(), "--json");
    }

    /** Where the person's token lies in the file: the token section ends the file, 20 bytes an entry. */
    private static int personsTokenPosition() {
        for (int at = pack.length - (TOKENS + realTokens) * 20; at < pack.length; at += 20) {
            if (Arrays.equals(pack, at, at + 16, personsToken, 0, 16)) {
                return at;
            }
        }
        throw new AssertionError("the person's token is not in the pack");
    }

    @Test
    void theInstalledPackFindsThePersonWhenNothingChanged() throws Exception {
        install();
        Cli.Result check = check();
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("\"exposed\":true").contains("\"pack\":\"demo-bench-changed\"");
    }

    @Test
    void aChangeInTheChunkALookupReadsStopsTheCheckWithOneSentence() throws Exception {
        Path installed = install();
        byte[] changed = Files.readAllBytes(installed);
        changed[personsTokenPosition() + 15] ^= 1;
        Files.write(installed, changed);

        Cli.Result check = check();
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).isEmpty();
        assertThat(check.err().strip()).isEqualTo("The installed pack demo-bench-changed has changed on disk since it was installed"
                + " (damaged or altered), so it cannot be used; remove it and install it again.");
    }

    @Test
    void aChangedHeaderIsSkippedAndNamedAndNothingIsChecked() throws Exception {
        Path installed = install();
        byte[] changed = Files.readAllBytes(installed);
        changed[60] ^= 1;
        Files.write(installed, changed);

        Cli.Result check = check();
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains("Pack Synthetic random tokens (benchmark only) (demo-bench-changed) was skipped: The installed pack"
                + " demo-bench-changed has changed on disk since it was installed").endsWith("None of the installed packs can be used, so nothing was checked.\n");
    }
}
