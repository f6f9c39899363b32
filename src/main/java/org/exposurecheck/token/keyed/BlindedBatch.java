package org.exposurecheck.token.keyed;

import java.util.Arrays;
import java.util.List;

/**
 * What the client keeps between sending blinded elements and finalizing the answer: the inputs and their
 * blinds (both secret: with them, a blinded element gives back the hash of the input) and the blinded elements
 * (random points that reveal nothing, the only part that is sent). {@link #wipe()} it when the round is over.
 */
public final class BlindedBatch {
    private final List<byte[]> inputs;
    private final List<byte[]> blinds;
    private final List<byte[]> blindedElements;

    BlindedBatch(List<byte[]> inputs, List<byte[]> blinds, List<byte[]> blindedElements) {
        this.inputs = inputs;
        this.blinds = blinds;
        this.blindedElements = blindedElements;
    }

    /** The elements to send to the key holder, in input order. */
    public List<byte[]> blindedElements() {
        return blindedElements.stream().map(byte[]::clone).toList();
    }

    public int size() {
        return blindedElements.size();
    }

    List<byte[]> inputs() {
        return inputs;
    }

    List<byte[]> blinds() {
        return blinds;
    }

    List<byte[]> blindedElementsHeld() {
        return blindedElements;
    }

    public void wipe() {
        inputs.forEach(input -> Arrays.fill(input, (byte) 0));
        blinds.forEach(blind -> Arrays.fill(blind, (byte) 0));
    }

    @Override
    public String toString() {
        return "BlindedBatch[" + blindedElements.size() + " elements, <redacted>]";
    }
}
