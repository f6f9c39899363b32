package org.exposurecheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's end to end, at a small size and without timing: a generated set built with a keyed key, a keyed service
 * on loopback, every persona checked offline only and then with keyed lookups. The keyed tier must find records the
 * offline pack cannot (people whose record holds only pairs too cheap to publish offline: a date of birth, an e-mail
 * address spelled from the name, a plate, an employer), and no one else's.
 */
class KeyedDetectionTest {
    @Test
    void keyedLookupsRaiseRecallOnTheGeneratedSetWithoutAFalsePositive() throws Exception {
        List<String> notes = new ArrayList<>();
        KeyedDetection.Figures figures = new KeyedDetection(TestPacks.CLOCK, notes::add)
                .run(new KeyedDetection.Settings(800, 100, 11, TestPacks.CHEAP_KDF, TestPacks.SCALED_POLICY, 2, false));
        DetectionScore offline = figures.offline();
        DetectionScore keyed = figures.withKeyed();
        System.out.println(figures + " " + notes);

        assertThat(offline.truePairs()).isGreaterThan(40);
        assertThat(keyed.foundPairs()).as("the keyed tier finds records the offline pack cannot").isGreaterThan(offline.foundPairs());
        assertThat(keyed.recall()).isGreaterThanOrEqualTo(0.99);
        for (IdentifierType type : List.of(IdentifierType.DOB, IdentifierType.EMAIL)) {
            assertThat(keyed.typeRecall(type)).as(type.id()).isGreaterThan(offline.typeRecall(type));
        }
        for (DetectionScore score : List.of(offline, keyed)) {
            assertThat(score.hardNegativesMatched()).isZero();
            assertThat(score.absentMatched()).isZero();
            assertThat(score.wrongRecordMatches()).isZero();
        }
        assertThat(figures.keyedTokens()).isPositive();
    }
}
