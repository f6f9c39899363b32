package org.exposurecheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.junit.jupiter.api.Test;

/**
 * The bench's detection figures, asserted on a smaller generated set (the bench prints the full-size ones). The v2
 * attacker model ships fewer pairs than v1 did: on this set (seed 11) record recall is 0.972 and 94 of 96 exposed
 * personas are found (v1: 1.000); the misses are records without a phone whose e-mail address is spelled from the
 * name (docs/decisions/0012-chain-aware-audit.md has the per-type figures). An address is matched in 0.870 of the
 * records that print one (0.90 under v1): v2 never ships a flat beside a phone, since a cracked phone pair would
 * price the flat at a few million guesses. That is the honest price of not re-identifying anyone; the keyed tier
 * wins it back.
 */
class DetectionTest {
    @Test
    void recallStaysAtItsMeasuredLevelAndNobodyElseEverMatches() throws Exception {
        SyntheticDataset data = SyntheticDataset.generate(800, 160, 11);
        SigningKey key = SigningKey.generate(new SecureRandom());
        TestPacks.Built built = TestPacks.build(data.asSource(), TestPacks.settings("detection", 1), key);
        Pack pack = PackFile.read(built.pack(), key.publicKey(), TestPacks.NOW);
        List<ExposureReport> reports = new ArrayList<>();
        try (TokenDeriver deriver = new TokenDeriver(2)) {
            MatchEngine engine = new MatchEngine(new Normaliser(TestPacks.CLOCK), deriver);
            for (Profile persona : data.personas()) {
                reports.add(engine.check(persona, List.of(pack), Progress.NONE, new CancelSignal()));
            }
        }
        DetectionScore score = DetectionScore.score(data, built.recordIdsBySourceId(), reports);
        assertThat(score.truePairs()).isGreaterThan(90);
        assertThat(score.hardNegatives()).isGreaterThan(30);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.personaDetectionRate()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.hardNegativesMatched()).isZero();
        assertThat(score.absentMatched()).isZero();
        assertThat(score.wrongRecordMatches()).isZero();
        assertThat(score.typeRecall(org.exposurecheck.identity.IdentifierType.PHONE)).isGreaterThan(0.95);
        // Leak and persona often write the address in different scripts; sound keys of building names link them.
        assertThat(score.typeRecall(org.exposurecheck.identity.IdentifierType.ADDRESS)).isGreaterThanOrEqualTo(0.85);
    }
}
