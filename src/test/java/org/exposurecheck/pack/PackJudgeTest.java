package org.exposurecheck.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.PackAudit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client repeats the audit from the manifest with its own minimum and refuses what falls short, in one sentence. */
class PackJudgeTest {
    private static final SigningKey KEY = SigningKey.generate(new SecureRandom());
    private static Manifest manifest;

    @BeforeAll
    static void build() throws ExplainedException {
        byte[] pack = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("judged", 1), KEY).pack();
        manifest = PackFile.read(pack, KEY.publicKey(), TestPacks.NOW).manifest();
    }

    private static Manifest with(Manifest.Scheme scheme, Map<String, Integer> types, List<Manifest.Shape> shapes, int records) {
        Manifest m = manifest;
        return new Manifest(m.format(), m.id(), m.title(), m.source(), m.publisherKeyId(), m.sequence(), m.created(), m.expires(), m.demo(),
                m.normalisation(), scheme, m.policy(), records, m.tokenCount(), m.photoCount(), types, m.droppedTokenTypes(), m.content(), shapes);
    }

    private static Manifest.Shape shape(int records, List<String> kinds, List<List<Integer>> tokens) {
        return new Manifest.Shape(records, kinds.stream().map(kind -> new Manifest.ShapeValue(kind, null)).toList(), tokens);
    }

    @Test
    void aPackBuiltAtThePolicyPassesTheSameMinimumAndIsRefusedBelowAHigherOne() throws ExplainedException {
        PackAudit audit = PackJudge.judge(manifest, TestPacks.SCALED_MINIMUM);
        assertThat(audit.passes()).isTrue();
        assertThat(audit.cheapestType()).isPresent();
        assertThatThrownBy(() -> PackJudge.judge(manifest, AuditPolicy.DEFAULT)).isInstanceOf(PackException.class)
                .hasMessageMatching("This pack's [a-z.+]+ tokens could be recovered by guessing in about [0-9.]+ GPU-years, less than the"
                        + " minimum of 10, so the pack could re-identify people and is refused\\.");
    }

    @Test
    void aPackThatDeclaresALowPolicyIsJudgedByTheClientsMinimumAndRefusedInEveryLanguage() throws ExplainedException {
        byte[] lenient = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), new PackSettings("lenient", "Lenient", "test", 1,
                TestPacks.NOW, TestPacks.NOW.plusSeconds(86_400), false, TestPacks.CHEAP_KDF, TestPacks.scaledPolicy(new AuditPolicy(1e-6)),
                false), KEY).pack();
        Manifest lowered = PackFile.read(lenient, KEY.publicKey(), TestPacks.NOW).manifest();
        assertThat(lowered.policy().minGpuYears()).as("the pack declares its own low policy").isLessThan(1e-6);
        PackException refused = org.assertj.core.api.Assertions.catchThrowableOfType(PackException.class,
                () -> PackJudge.judge(lowered, TestPacks.SCALED_MINIMUM));
        assertThat(refused.getMessage()).contains("GPU-years, less than the minimum of");
        assertThat(refused.message(Locale.forLanguageTag("zh-HK"))).contains("GPU 年").contains("最低要求");
        assertThat(refused.message(Locale.forLanguageTag("zh-CN"))).contains("GPU 年").contains("不予接受");
    }

    @Test
    void aChainIsRefusedEvenWhenEveryTypeAloneIsDear() {
        // At the real defaults, name+phone (114 GPU-years) and hkid+name (49) each pass; together the name chains them.
        Manifest.Scheme defaults = new Manifest.Scheme(manifest.scheme().name(), "argon2id", 65_536, 3, 1, manifest.scheme().salt(), 16);
        Manifest chained = with(defaults, Map.of("name+phone", 1, "hkid+name", 1),
                List.of(shape(1, List.of("name", "phone", "hkid"), List.of(List.of(0, 1), List.of(0, 2)))), 1);
        assertThatThrownBy(() -> PackJudge.judge(chained, AuditPolicy.DEFAULT))
                .hasMessageMatching("Once one [a-z.+]+ token of a record in this pack is guessed, its [a-z.+]+ token gives away the (hkid|phone)"
                        + " in about [0-9.]+ GPU-years, less than the minimum of 10, so the pack is refused\\.");
    }

    @Test
    void settingsNoCheckShouldPayForAreRefused() {
        Manifest hungry = with(new Manifest.Scheme(manifest.scheme().name(), "argon2id", 2 * 1024 * 1024, 1, 1, manifest.scheme().salt(), 16),
                manifest.tokenTypes(), manifest.recordShapes(), manifest.recordCount());
        assertThatThrownBy(() -> PackJudge.judge(hungry, TestPacks.SCALED_MINIMUM)).hasMessage("This pack asks for 2048 MiB of memory per"
                + " guess, more than the 1024 MiB a check may use; ask its publisher for a pack with ordinary settings.");
        Manifest slow = with(new Manifest.Scheme(manifest.scheme().name(), "argon2id", 256, 50, 1, manifest.scheme().salt(), 16),
                manifest.tokenTypes(), manifest.recordShapes(), manifest.recordCount());
        assertThatThrownBy(() -> PackJudge.judge(slow, TestPacks.SCALED_MINIMUM)).hasMessage("This pack asks for 50 Argon2id passes per guess,"
                + " more than the 10 a check allows; ask its publisher for a pack with ordinary settings.");
    }

    @Test
    void aPackThatDoesNotDescribeItsRecordsOrDescribesThemWronglyIsRefused() {
        assertThatThrownBy(() -> PackJudge.judge(with(manifest.scheme(), manifest.tokenTypes(), null, manifest.recordCount()),
                TestPacks.SCALED_MINIMUM)).hasMessageStartingWith("This pack does not describe its records");
        List<Manifest.Shape> missingAType = manifest.recordShapes().subList(1, manifest.recordShapes().size());
        Manifest.Shape unknownKind = shape(1, List.of("name", "shoe size"), List.of(List.of(0, 1)));
        Manifest.Shape samePair = shape(1, List.of("phone", "phone"), List.of(List.of(0, 1)));
        for (List<Manifest.Shape> wrong : List.of(missingAType, List.of(unknownKind), List.of(samePair))) {
            assertThatThrownBy(() -> PackJudge.judge(with(manifest.scheme(), manifest.tokenTypes(), wrong, manifest.recordCount()),
                    TestPacks.SCALED_MINIMUM)).hasMessage("This pack's description of its records does not match its contents, so its safety"
                    + " cannot be checked.");
        }
        assertThatThrownBy(() -> PackJudge.judge(with(manifest.scheme(), manifest.tokenTypes(), manifest.recordShapes(), 0),
                TestPacks.SCALED_MINIMUM)).as("more records described than the pack has").hasMessageContaining("does not match its contents");
    }
}
