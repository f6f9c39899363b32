package org.exposurecheck.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.exposurecheck.identity.FormKind;
import org.junit.jupiter.api.Test;

class ChainAuditTest {
    private static final ChainAudit AT_DEFAULTS = ChainAudit.of(AuditPolicy.DEFAULT, KdfParameters.DEFAULT.costRelativeToReference());

    private static RecordShape.Value v(FormKind kind) {
        return RecordShape.Value.of(kind);
    }

    private static RecordShape.Link pair(int a, int b) {
        return new RecordShape.Link(a, b);
    }

    @Test
    void thePolicyIsTheReferenceRateTimesTenYearsAndScalesWithTheKdf() {
        assertThat(AT_DEFAULTS.policyGuesses()).isCloseTo(10 * 365.25 * 24 * 3600 * 1667, within(1e6));
        KdfParameters cheap = new KdfParameters(256, 1, 1);
        ChainAudit scaled = ChainAudit.of(new AuditPolicy(10 * cheap.costRelativeToReference()), cheap.costRelativeToReference());
        assertThat(scaled.policyGuesses()).isCloseTo(AT_DEFAULTS.policyGuesses(), within(1.0));
    }

    @Test
    void aPhoneWithTheNameCostsNamesTimesPhonesToEnter() {
        RecordShape shape = new RecordShape(List.of(v(FormKind.NAME), v(FormKind.PHONE)), List.of(pair(0, 1)));
        assertThat(AT_DEFAULTS.entryGuesses(shape, 0)).isEqualTo(1e5 * 6e7);
        assertThat(AT_DEFAULTS.audit(shape).passes()).isTrue();
    }

    @Test
    void anEmailSpelledFromTheNameMakesNamePlusEmailCheapAndIsALatentForItsOtherPairs() {
        RecordShape.Value derived = RecordShape.Value.derived(FormKind.EMAIL, 220);
        RecordShape nameEmail = new RecordShape(List.of(v(FormKind.NAME), derived), List.of(pair(0, 1)));
        assertThat(AT_DEFAULTS.entryGuesses(nameEmail, 0)).as("names × the grammar (rounded down), not names × 10⁹").isEqualTo(1e5 * 100);
        RecordShape emailDob = new RecordShape(List.of(derived, v(FormKind.DOB)), List.of(pair(0, 1)));
        assertThat(AT_DEFAULTS.entryGuesses(emailDob, 0)).as("through the name the record does not print").isEqualTo(1e5 * 100 * 1.83e4);
        assertThat(AT_DEFAULTS.audit(emailDob).passes()).isFalse();
        RecordShape underived = new RecordShape(List.of(v(FormKind.EMAIL), v(FormKind.DOB)), List.of(pair(0, 1)));
        assertThat(AT_DEFAULTS.audit(underived).passes()).isTrue();
    }

    @Test
    void aKnownDateOfBirthNarrowsTheHkid() {
        RecordShape shape = new RecordShape(List.of(v(FormKind.HKID), v(FormKind.DOB)), List.of(pair(0, 1)));
        assertThat(AT_DEFAULTS.entryGuesses(shape, 0)).isEqualTo(1.83e4 * 1e5);
        assertThat(AT_DEFAULTS.audit(shape).passes()).as("v1 priced it at 18 GPU-years").isFalse();
    }

    @Test
    void onceNamePlusPhoneIsCrackedNamePlusHkidGivesTheHkidAwayCheaply() {
        RecordShape shape = new RecordShape(List.of(v(FormKind.NAME), v(FormKind.PHONE), v(FormKind.HKID)),
                List.of(pair(0, 1), pair(0, 2)));
        ChainAudit.Verdict verdict = AT_DEFAULTS.audit(shape);
        assertThat(verdict.cheapestEntry()).as("each entry alone is dear").isGreaterThanOrEqualTo(AT_DEFAULTS.policyGuesses());
        assertThat(verdict.cheapestChain()).hasValueSatisfying(chain -> {
            assertThat(shape.values().get(chain.revealed()).kind()).isIn(FormKind.HKID, FormKind.PHONE);
            assertThat(chain.guesses()).isIn(2.6e7, 6e7);
        });
        assertThat(verdict.passes()).isFalse();
    }

    @Test
    void aStrongValueWithWeakDetailsAroundItPasses() {
        RecordShape star = new RecordShape(List.of(v(FormKind.NAME), v(FormKind.PHONE), v(FormKind.DOB), v(FormKind.ADDRESS_BUILDING),
                v(FormKind.HKID_MASKED)), List.of(pair(0, 1), pair(1, 2), pair(1, 3), pair(1, 4)));
        ChainAudit.Verdict verdict = AT_DEFAULTS.audit(star);
        assertThat(verdict.passes()).isTrue();
        assertThat(verdict.cheapestChain()).as("no token leads to another strong value at all").isEmpty();
    }

    @Test
    void aFlatGivesAwayItsBuildingSoBothCannotHangOffDifferentStrongValues() {
        RecordShape shape = new RecordShape(List.of(v(FormKind.HKID), v(FormKind.ADDRESS_FLAT), v(FormKind.PHONE), v(FormKind.ADDRESS_BUILDING)),
                List.of(pair(0, 1), pair(2, 3)));
        assertThat(AT_DEFAULTS.audit(shape).cheapestChainGuesses()).as("hkid+flat cracked, then phone+building").isEqualTo(6e7);
    }

    @Test
    void theSameAddressPrintedInBothScriptsCountsAsANewStrongValueWhenATokenRevealsIt() {
        RecordShape shape = new RecordShape(List.of(v(FormKind.HKID), v(FormKind.ADDRESS_FLAT), v(FormKind.ADDRESS_FLAT)),
                List.of(pair(0, 1), pair(0, 2)));
        assertThat(AT_DEFAULTS.audit(shape).passes()).isFalse();
    }

    @Test
    void aLowerPolicyLetsWeakPairsThrough() {
        RecordShape nameDob = new RecordShape(List.of(v(FormKind.NAME), v(FormKind.DOB)), List.of(pair(0, 1)));
        assertThat(AT_DEFAULTS.audit(nameDob).passes()).isFalse();
        assertThat(ChainAudit.of(new AuditPolicy(0.01), 1.0).audit(nameDob).passes()).isTrue();
    }
}
