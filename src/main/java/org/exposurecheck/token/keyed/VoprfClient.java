package org.exposurecheck.token.keyed;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The person's side of RFC 9497's VOPRF against one committed public key: blinds inputs so the key holder
 * sees only random points, then checks the key holder's proof and unblinds its answer into PRF outputs. A
 * service that used any other key than the committed one (for instance a key per person, to recognise who
 * asked) fails the proof and yields nothing.
 */
public final class VoprfClient {
    private final VoprfPublicKey serviceKey;

    public VoprfClient(VoprfPublicKey serviceKey) {
        this.serviceKey = serviceKey;
    }

    public VoprfPublicKey serviceKey() {
        return serviceKey;
    }

    /** Blind: a fresh random blind per input. The batch holds copies of the inputs; wipe it when done. */
    public BlindedBatch blind(List<byte[]> inputs, SecureRandom random) {
        List<BigInteger> blinds = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            blinds.add(P256Group.randomScalar(random));
        }
        return blind(inputs, blinds);
    }

    /** With given blinds, for RFC 9497's test vectors. */
    BlindedBatch blind(List<byte[]> inputs, List<BigInteger> blinds) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a batch holds at least one input");
        }
        List<byte[]> copies = new ArrayList<>(inputs.size());
        List<byte[]> blindBytes = new ArrayList<>(inputs.size());
        List<byte[]> blinded = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            byte[] input = inputs.get(i);
            Voprf.checkInputLength(input);
            ECPoint inputElement = P256Group.hashToGroup(input);
            if (inputElement.isInfinity()) {
                throw new IllegalStateException("an input hashed to the identity element");
            }
            copies.add(input.clone());
            blindBytes.add(P256Group.serializeScalar(blinds.get(i)));
            blinded.add(P256Group.serialize(P256Group.multiplySecret(inputElement, blinds.get(i))));
        }
        return new BlindedBatch(copies, blindBytes, blinded);
    }

    /**
     * Finalize for a whole batch: verifies the one proof over all elements against the committed key, then
     * unblinds each evaluated element and hashes it with its input. Returns outputs in input order.
     */
    public List<byte[]> finalizeBatch(BlindedBatch batch, Evaluation evaluation) throws ProofRejectedException {
        if (evaluation.size() != batch.size()) {
            throw new ProofRejectedException("the answer holds " + evaluation.size() + " elements for " + batch.size() + " sent");
        }
        List<ECPoint> blinded = new ArrayList<>(batch.size());
        List<ECPoint> evaluated = new ArrayList<>(batch.size());
        List<byte[]> answer = evaluation.evaluatedElements();
        try {
            for (int i = 0; i < batch.size(); i++) {
                blinded.add(P256Group.deserialize(batch.blindedElementsHeld().get(i)));
                evaluated.add(P256Group.deserialize(answer.get(i)));
            }
        } catch (InvalidElementException notAPoint) {
            throw new ProofRejectedException("the answer holds an element that is not a point of P-256");
        }
        if (!DleqProof.verify(P256Group.GENERATOR, serviceKey.point(), blinded, evaluated, evaluation.proof())) {
            throw new ProofRejectedException("the proof does not show that the committed key was used");
        }
        List<byte[]> outputs = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            BigInteger inverse = new BigInteger(1, batch.blinds().get(i)).modInverse(P256Group.ORDER);
            byte[] unblinded = P256Group.serialize(P256Group.multiplySecret(evaluated.get(i), inverse));
            outputs.add(Voprf.finalHash(batch.inputs().get(i), unblinded));
        }
        return outputs;
    }

    @Override
    public String toString() {
        return "VoprfClient[" + serviceKey.fingerprint() + "]";
    }
}
