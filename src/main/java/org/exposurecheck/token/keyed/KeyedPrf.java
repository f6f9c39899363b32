package org.exposurecheck.token.keyed;

import java.util.List;

/**
 * The publisher's keyed PRF, however it is reached: directly with the private key when a pack is built
 * ({@link VoprfEvaluator}), or through a blinded round with the publisher's service when a person checks
 * (the update layer's client). Both give the same outputs for the same key, which is what lets a builder's
 * tokens and a checker's tokens meet.
 *
 * @param <E> what can go wrong on the way (nothing, locally; the network and the service's proof, remotely)
 */
@FunctionalInterface
public interface KeyedPrf<E extends Exception> {
    /** The PRF output ({@link Voprf#OUTPUT_LENGTH} bytes) of each input, in input order; the caller wipes them. */
    List<byte[]> outputs(List<byte[]> inputs) throws E;
}
