package org.exposurecheck.privacy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.demo.LeakedPeople;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackSettings;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.AttackerModel;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.PairPlanner;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.TokenInput;

/**
 * Packs for attack tests: built at the cheapest KDF Argon2id allows here (8 KiB, one pass), with the policy scaled by
 * the same factor, so the policy is the same number of guesses as at the defaults and an attack that would cost
 * 10 GPU-years there costs the same number of guesses here, only each guess is about 4 × 10⁴ times cheaper.
 */
final class AttackPacks {
    static final KdfParameters KDF = new KdfParameters(8, 1, 1);
    static final AuditPolicy POLICY = new AuditPolicy(AuditPolicy.DEFAULT.minGpuYears() * KDF.costRelativeToReference());
    /** The policy in guesses: the same at this KDF as the default policy at the default KDF. */
    static final double POLICY_GUESSES = AttackerModel.guesses(POLICY.minGpuYears(), KDF.costRelativeToReference());
    private static final SigningKey KEY = SigningKey.generate(new SecureRandom());

    /** A pack an attacker holds, and (for scoring only) which pack record each source record became. */
    record Target(Pack pack, Map<String, String> recordIdBySourceId) {
        /** Source ids of the records a set of pack record indices stand for. */
        Set<String> sourceIds(Set<Integer> recordIndices) {
            Map<String, String> sourceByRecordId = new HashMap<>();
            recordIdBySourceId.forEach((source, record) -> sourceByRecordId.put(record, source));
            Set<String> sources = new HashSet<>();
            recordIndices.forEach(index -> sources.add(sourceByRecordId.get(pack.record(index).id())));
            return sources;
        }

        /** Whether the pack holds the token of these forms, and for which records. */
        Set<Integer> lookup(List<List<CanonicalForm>> tokens, TokenDeriver deriver) {
            List<TokenInput> inputs = new ArrayList<>();
            for (List<CanonicalForm> forms : tokens) {
                inputs.add(TokenInput.of(forms));
            }
            Set<Integer> hits = new HashSet<>();
            for (byte[] token : deriver.derive(pack.scheme(), inputs, Progress.NONE, new CancelSignal())) {
                for (int record : pack.lookup(token)) {
                    hits.add(record);
                }
            }
            return hits;
        }
    }

    private AttackPacks() {
    }

    static Target build(List<LeakedPeople.Leaked> people, DoubleFunction<PairPlanner> model) throws ExplainedException {
        List<SourceRecord> records = people.stream().map(LeakedPeople.Leaked::record).toList();
        PackSettings settings = new PackSettings("attacked", "Attacked pack", "test", 1, TestPacks.NOW,
                TestPacks.NOW.plus(Duration.ofDays(30)), false, KDF, POLICY, false);
        TestPacks.Built built = TestPacks.build(TestPacks.source(records), settings, KEY, model);
        return new Target(PackFile.read(built.pack(), KEY.publicKey(), TestPacks.NOW), built.recordIdsBySourceId());
    }
}
