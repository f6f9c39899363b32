package org.exposurecheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.identity.Hkid;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.identity.Problem;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackSettings;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MatchEngineTest {
    private static final SigningKey KEY = SigningKey.generate(new SecureRandom());
    private static final TokenDeriver DERIVER = new TokenDeriver(2);
    private static final MatchEngine ENGINE = new MatchEngine(new Normaliser(TestPacks.CLOCK), DERIVER);
    private static Pack pack;
    private static Pack lenientPack;

    @BeforeAll
    static void buildPacks() throws ExplainedException {
        pack = read(TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 1), KEY).pack());
        PackSettings lenient = new PackSettings("lenient", "Weak pairs allowed", "test", 1, TestPacks.NOW,
                TestPacks.NOW.plusSeconds(86400), false, TestPacks.CHEAP_KDF, TestPacks.scaledPolicy(new AuditPolicy(1e-6)), false);
        lenientPack = read(TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), lenient, KEY).pack());
    }

    @AfterAll
    static void stop() {
        DERIVER.close();
    }

    private static Pack read(byte[] bytes) throws ExplainedException {
        return PackFile.read(bytes, KEY.publicKey(), TestPacks.NOW);
    }

    private static ExposureReport check(Pack against, Object... typeValuePairs) {
        List<Identifier> identifiers = new java.util.ArrayList<>();
        for (int i = 0; i < typeValuePairs.length; i += 2) {
            identifiers.add(new Identifier((IdentifierType) typeValuePairs[i], (String) typeValuePairs[i + 1]));
        }
        return ENGINE.check(new Profile("test", identifiers), List.of(against), Progress.NONE, new CancelSignal());
    }

    @Test
    void aStrongPairIsACertainMatchWithTheRecordsOtherTypes() {
        ExposureReport report = check(pack, IdentifierType.NAME, "陈大文", IdentifierType.PHONE, "+852-91234567");
        assertThat(report.exposed()).isTrue();
        RecordMatch match = report.matches().get(0);
        assertThat(match.matchedTypes()).containsExactlyInAnyOrder(IdentifierType.NAME, IdentifierType.PHONE);
        assertThat(match.record().types()).containsExactlyInAnyOrder(IdentifierType.NAME, IdentifierType.PHONE, IdentifierType.HKID,
                IdentifierType.ADDRESS);
        assertThat(match.confidence()).isEqualTo(Confidence.CERTAIN);
        assertThat(match.record().category()).isEqualTo("journalist");
    }

    @Test
    void aFullHkidMeetsAMaskedLeakEntryThroughItsPairWithAPhone() {
        String hkid = "B765432(" + Hkid.checkCharacter("B765432") + ")";
        ExposureReport report = check(pack, IdentifierType.HKID, hkid, IdentifierType.PHONE, "62345678");
        assertThat(report.matches()).singleElement().satisfies(match -> {
            assertThat(match.matchedTypes()).containsExactlyInAnyOrder(IdentifierType.HKID, IdentifierType.PHONE);
            assertThat(match.confidence()).isEqualTo(Confidence.CERTAIN);
        });
    }

    @Test
    void weakWithWeakIsOnlyPossibleAndOnlyWhereThePolicyShipsIt() {
        assertThat(check(pack, IdentifierType.NAME, "李小明", IdentifierType.DOB, "1/5/1990").exposed()).isFalse();
        ExposureReport lenient = check(lenientPack, IdentifierType.NAME, "李小明", IdentifierType.DOB, "1/5/1990");
        assertThat(lenient.matches()).singleElement().satisfies(match -> {
            assertThat(match.matchedTypes()).containsExactlyInAnyOrder(IdentifierType.NAME, IdentifierType.DOB);
            assertThat(match.confidence()).isEqualTo(Confidence.POSSIBLE);
        });
    }

    @Test
    void hardNegativesDoNotMatch() {
        assertThat(check(pack, IdentifierType.NAME, "陳大文", IdentifierType.PHONE, "9123 4568").exposed()).isFalse();
        assertThat(check(pack, IdentifierType.NAME, "陳小文", IdentifierType.PHONE, "9123 4567").exposed()).isFalse();
        assertThat(check(pack, IdentifierType.NAME, "陳大文", IdentifierType.ADDRESS, "Flat B, 12/F, Block 3, Harmony Estate").exposed()).isFalse();
        assertThat(check(pack, IdentifierType.PHONE, "9123 4567").exposed()).as("a single identifier is never enough").isFalse();
    }

    @Test
    void unreadableIdentifiersAreReportedByPositionAndTheRestIsChecked() {
        ExposureReport report = check(pack, IdentifierType.HKID, "A123456(4)", IdentifierType.NAME, "Chan Tai-man",
                IdentifierType.PHONE, "9123 4567");
        assertThat(report.problems()).containsExactly(new InputProblem(0, IdentifierType.HKID, Problem.HKID_CHECK_DIGIT));
        assertThat(report.checkedTypes()).isEqualTo(Set.of(IdentifierType.NAME, IdentifierType.PHONE));
        assertThat(report.matches()).singleElement().satisfies(match -> {
            assertThat(match.matchedTypes()).containsExactlyInAnyOrder(IdentifierType.NAME, IdentifierType.PHONE);
            assertThat(match.confidence()).isEqualTo(Confidence.CERTAIN);
        });
    }

    @Test
    void onlyTheTokenTypesThePackHoldsAreDerived() {
        ExposureReport report = check(pack, IdentifierType.NAME, "陳大文", IdentifierType.DOB, "1/5/1990");
        assertThat(report.tokensDerived()).as("name+dob is not in the pack, so nothing is worth deriving").isZero();
    }
}
