package org.exposurecheck.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;
import org.exposurecheck.identity.FormKind;
import org.junit.jupiter.api.Test;

class AuditTest {
    private final Map<TokenType, TokenTypeAudit> byType = Audit.candidates(KdfParameters.DEFAULT.costRelativeToReference(), AuditPolicy.DEFAULT)
            .stream().collect(Collectors.toMap(TokenTypeAudit::type, a -> a));

    @Test
    void gpuYearsFollowTheReferenceRate() {
        TokenTypeAudit namePhone = byType.get(TokenType.of(FormKind.NAME, FormKind.PHONE));
        assertThat(namePhone.guessSpace()).isEqualTo(1e5 * 6e7);
        assertThat(namePhone.gpuYears()).isCloseTo(6e12 / 1667 / (365.25 * 24 * 3600), within(0.01));
        assertThat(namePhone.allowed()).isTrue();
    }

    @Test
    void cheaperKdfSettingsCostProportionallyLess() {
        double atReference = Audit.of(TokenType.of(FormKind.NAME, FormKind.HKID), 1.0, AuditPolicy.DEFAULT).gpuYears();
        double atHalf = Audit.of(TokenType.of(FormKind.NAME, FormKind.HKID), new KdfParameters(32 * 1024, 3, 1).costRelativeToReference(),
                AuditPolicy.DEFAULT).gpuYears();
        assertThat(atHalf).isCloseTo(atReference / 2, within(1e-9));
    }

    @Test
    void singleLowEntropyIdentifiersNeverShip() {
        for (FormKind kind : FormKind.values()) {
            assertThat(byType.get(TokenType.of(kind)).allowed()).as("%s alone", kind).isFalse();
        }
    }

    @Test
    void weakWithWeakPairsAreDroppedAtTheDefaultPolicy() {
        assertThat(byType.get(TokenType.of(FormKind.NAME, FormKind.DOB)).allowed()).isFalse();
        assertThat(byType.get(TokenType.of(FormKind.NAME, FormKind.HKID_MASKED)).allowed()).isFalse();
        assertThat(byType.get(TokenType.of(FormKind.NAME, FormKind.ADDRESS_BUILDING)).allowed()).isFalse();
    }

    @Test
    void strongPairsShipAtTheDefaultPolicy() {
        assertThat(byType.get(TokenType.of(FormKind.NAME, FormKind.HKID)).allowed()).isTrue();
        assertThat(byType.get(TokenType.of(FormKind.PHONE, FormKind.HKID_MASKED)).allowed()).isTrue();
        assertThat(byType.get(TokenType.of(FormKind.EMAIL, FormKind.DOB)).allowed()).isTrue();
    }

    @Test
    void platesAndEmployersOnlyPairWithAName() {
        assertThat(byType).containsKey(TokenType.of(FormKind.NAME, FormKind.PLATE));
        assertThat(byType).doesNotContainKey(TokenType.of(FormKind.PHONE, FormKind.PLATE));
        assertThat(byType).doesNotContainKey(TokenType.of(FormKind.EMAIL, FormKind.EMPLOYER));
    }

    @Test
    void aLowerPolicyLetsWeakPairsThrough() {
        assertThat(Audit.of(TokenType.of(FormKind.NAME, FormKind.DOB), 1.0, new AuditPolicy(0.01)).allowed()).isTrue();
    }
}
