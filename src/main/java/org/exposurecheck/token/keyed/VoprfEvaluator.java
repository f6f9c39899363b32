package org.exposurecheck.token.keyed;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The key holder's side of RFC 9497's VOPRF: evaluates blinded elements with a batched DLEQ proof (the
 * keyed service) or inputs directly (the pack builder, who holds the same key). Thread-safe; it does not own
 * the key: whoever created the key wipes it.
 */
public final class VoprfEvaluator implements KeyedPrf<RuntimeException> {
    private final VoprfPrivateKey key;
    private final VoprfPublicKey publicKey;
    private final SecureRandom random;

    public VoprfEvaluator(VoprfPrivateKey key, SecureRandom random) {
        this.key = key;
        this.publicKey = key.publicKey();
        this.random = random;
    }

    public VoprfPublicKey publicKey() {
        return publicKey;
    }

    /**
     * BlindEvaluateBatch: skS times each blinded element, and one proof that all of them used the key behind
     * {@link #publicKey()}. Refuses the whole batch if any element is not a point of P-256.
     */
    public Evaluation blindEvaluate(List<byte[]> blindedElements) throws InvalidElementException {
        if (blindedElements.isEmpty()) {
            throw new IllegalArgumentException("a batch holds at least one element");
        }
        List<ECPoint> points = new ArrayList<>(blindedElements.size());
        for (byte[] element : blindedElements) {
            points.add(P256Group.deserialize(element));
        }
        return blindEvaluate(points, P256Group.randomScalar(random));
    }

    /** With a given proof scalar, for RFC 9497's test vectors. */
    Evaluation blindEvaluate(List<ECPoint> blinded, BigInteger proofRandom) {
        BigInteger k = key.value();
        List<ECPoint> evaluated = new ArrayList<>(blinded.size());
        for (ECPoint element : blinded) {
            evaluated.add(P256Group.multiplySecret(element, k));
        }
        byte[] proof = DleqProof.generate(k, P256Group.GENERATOR, publicKey.point(), blinded, evaluated, proofRandom);
        return new Evaluation(evaluated.stream().map(P256Group::serialize).toList(), proof);
    }

    /** RFC 9497's Evaluate: the PRF output of one input, computed by the key holder without any blinding. */
    public byte[] evaluate(byte[] input) {
        Voprf.checkInputLength(input);
        ECPoint inputElement = P256Group.hashToGroup(input);
        if (inputElement.isInfinity()) {
            throw new IllegalStateException("an input hashed to the identity element");
        }
        return Voprf.finalHash(input, P256Group.serialize(P256Group.multiplySecret(inputElement, key.value())));
    }

    @Override
    public List<byte[]> outputs(List<byte[]> inputs) {
        return inputs.stream().map(this::evaluate).toList();
    }

    @Override
    public String toString() {
        return "VoprfEvaluator[" + publicKey.fingerprint() + "]";
    }
}
