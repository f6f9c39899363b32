package org.exposurecheck.token.keyed;

import java.util.List;

/**
 * The key holder's answer to a batch of blinded elements (RFC 9497 BlindEvaluateBatch): one evaluated element
 * per blinded element, in order, and one DLEQ proof covering them all. Holds no secret: evaluated elements
 * are as random as the blinded ones.
 */
public final class Evaluation {
    private final List<byte[]> evaluatedElements;
    private final byte[] proof;

    public Evaluation(List<byte[]> evaluatedElements, byte[] proof) {
        this.evaluatedElements = evaluatedElements.stream().map(byte[]::clone).toList();
        this.proof = proof.clone();
    }

    public List<byte[]> evaluatedElements() {
        return evaluatedElements.stream().map(byte[]::clone).toList();
    }

    public byte[] proof() {
        return proof.clone();
    }

    public int size() {
        return evaluatedElements.size();
    }

    @Override
    public String toString() {
        return "Evaluation[" + evaluatedElements.size() + " elements]";
    }
}
