package org.exposurecheck.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exposurecheck.identity.FormKind;
import org.junit.jupiter.api.Test;

class KdfCeilingsTest {
    private static final List<TokenType> TYPES = List.of(TokenType.of(FormKind.NAME, FormKind.PHONE), TokenType.of(FormKind.PHONE, FormKind.DOB),
            TokenType.of(FormKind.HKID, FormKind.ADDRESS_FLAT));

    @Test
    void theDefaultsAreFarBelowEveryCeiling() {
        assertThat(KdfCeilings.check(KdfParameters.DEFAULT, TYPES)).isEmpty();
        assertThat(KdfCeilings.estimatedCheckSeconds(KdfParameters.DEFAULT, TYPES)).as("4 + 1 + 2 tokens, 0.2 s each, two cores")
                .isEqualTo(0.7, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void tooMuchMemoryTooManyPassesOrTooLongACheckIsNamed() {
        assertThat(KdfCeilings.check(new KdfParameters(2 * 1024 * 1024, 1, 1), TYPES)).hasValue(KdfCeilings.Exceeded.MEMORY);
        assertThat(KdfCeilings.check(new KdfParameters(8, 11, 1), TYPES)).hasValue(KdfCeilings.Exceeded.ITERATIONS);
        List<TokenType> everyPair = new java.util.ArrayList<>();
        for (FormKind a : FormKind.values()) {
            for (FormKind b : FormKind.values()) {
                if (a.compareTo(b) < 0 && PairingRules.mayPair(a, b)) {
                    everyPair.add(TokenType.of(a, b));
                }
            }
        }
        assertThat(KdfCeilings.check(new KdfParameters(1024 * 1024, 10, 1), TYPES)).as("a few types at 1 GiB × 10 still fit").isEmpty();
        assertThat(KdfCeilings.check(new KdfParameters(1024 * 1024, 10, 1), everyPair)).hasValue(KdfCeilings.Exceeded.CHECK_TIME);
    }
}
