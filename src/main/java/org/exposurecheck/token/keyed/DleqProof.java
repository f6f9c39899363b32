package org.exposurecheck.token.keyed;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.List;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * RFC 9497 §2.2: a non-interactive proof that log_A(B) = log_C[i](D[i]) for every i, i.e. that the same key
 * k with B = k·A turned each blinded element C[i] into D[i]. A batch is folded into one pair (M, Z) of
 * composites with weights drawn from a hash of the whole batch, so one proof covers any number of elements.
 */
final class DleqProof {
    private static final byte[] SEED_DST = Voprf.dst("Seed-");
    private static final byte[] HASH_TO_SCALAR_DST = Voprf.dst("HashToScalar-");

    private record Composites(ECPoint m, ECPoint z) {
    }

    private DleqProof() {
    }

    /** GenerateProof, with the prover's shortcut Z = k·M (ComputeCompositesFast); {@code r} is the proof's random scalar. */
    static byte[] generate(BigInteger k, ECPoint a, ECPoint b, List<ECPoint> c, List<ECPoint> d, BigInteger r) {
        ECPoint m = sum(c, weights(b, c, d));
        ECPoint z = P256Group.multiplySecret(m, k);
        ECPoint t2 = P256Group.multiplySecret(a, r);
        ECPoint t3 = P256Group.multiplySecret(m, r);
        BigInteger challenge = challenge(b, new Composites(m, z), t2, t3);
        BigInteger s = r.subtract(challenge.multiply(k)).mod(P256Group.ORDER);
        byte[] proof = new byte[Voprf.PROOF_LENGTH];
        System.arraycopy(P256Group.serializeScalar(challenge), 0, proof, 0, P256Group.SCALAR_LENGTH);
        System.arraycopy(P256Group.serializeScalar(s), 0, proof, P256Group.SCALAR_LENGTH, P256Group.SCALAR_LENGTH);
        return proof;
    }

    /** VerifyProof: recomputes the challenge from the proof's (c, s) and compares it with c. */
    static boolean verify(ECPoint a, ECPoint b, List<ECPoint> c, List<ECPoint> d, byte[] proof) {
        if (proof == null || proof.length != Voprf.PROOF_LENGTH || c.isEmpty() || c.size() != d.size()) {
            return false;
        }
        try {
            BigInteger challenge = P256Group.deserializeScalar(proof, 0);
            BigInteger s = P256Group.deserializeScalar(proof, P256Group.SCALAR_LENGTH);
            BigInteger[] weights = weights(b, c, d);
            Composites composites = new Composites(sum(c, weights), sum(d, weights));
            ECPoint t2 = ECAlgorithms.sumOfTwoMultiplies(a, s, b, challenge).normalize();
            ECPoint t3 = ECAlgorithms.sumOfTwoMultiplies(composites.m(), s, composites.z(), challenge).normalize();
            if (t2.isInfinity() || t3.isInfinity() || composites.m().isInfinity() || composites.z().isInfinity()) {
                return false;
            }
            byte[] expected = P256Group.serializeScalar(challenge(b, composites, t2, t3));
            return MessageDigest.isEqual(expected, P256Group.serializeScalar(challenge));
        } catch (InvalidElementException outOfRange) {
            return false;
        }
    }

    /**
     * The weights d_i of the composites M = Σ d_i·C[i] and Z = Σ d_i·D[i]: each hashes the whole batch's seed
     * (from B) with C[i], D[i] and i, so a prover cannot choose elements that cancel out.
     */
    private static BigInteger[] weights(ECPoint b, List<ECPoint> c, List<ECPoint> d) {
        byte[] seed = Voprf.sha256(Voprf.transcript("", P256Group.serialize(b), SEED_DST));
        BigInteger[] weights = new BigInteger[c.size()];
        for (int i = 0; i < c.size(); i++) {
            ByteArrayOutputStream transcript = new ByteArrayOutputStream();
            Voprf.writeLengthPrefixed(transcript, seed);
            transcript.writeBytes(Voprf.i2osp2(i));
            Voprf.writeLengthPrefixed(transcript, P256Group.serialize(c.get(i)));
            Voprf.writeLengthPrefixed(transcript, P256Group.serialize(d.get(i)));
            transcript.writeBytes(Voprf.ascii("Composite"));
            weights[i] = P256Group.hashToScalar(transcript.toByteArray(), HASH_TO_SCALAR_DST);
        }
        return weights;
    }

    private static ECPoint sum(List<ECPoint> points, BigInteger[] weights) {
        return ECAlgorithms.sumOfMultiplies(points.toArray(ECPoint[]::new), weights).normalize();
    }

    private static BigInteger challenge(ECPoint b, Composites composites, ECPoint t2, ECPoint t3) {
        byte[] transcript = Voprf.transcript("Challenge", P256Group.serialize(b), P256Group.serialize(composites.m()),
                P256Group.serialize(composites.z()), P256Group.serialize(t2), P256Group.serialize(t3));
        return P256Group.hashToScalar(transcript, HASH_TO_SCALAR_DST);
    }
}
