package org.exposurecheck.base;

import java.util.Arrays;

/**
 * A public key known by its encoding: two keys are the same when their bytes are, its id is the SHA-256 of those
 * bytes, and its fingerprint is what people read aloud and compare. Publishers' signing keys and their keyed
 * services' keys are both.
 */
public abstract class EncodedPublicKey {
    private final byte[] encoded;

    protected EncodedPublicKey(byte[] encoded) {
        this.encoded = encoded.clone();
    }

    public final byte[] encoded() {
        return encoded.clone();
    }

    /** SHA-256 of the key: 32 bytes. */
    public final byte[] id() {
        return Sha256.of(encoded);
    }

    /** The id in lower-case hex, as manifests and catalogues write it. */
    public final String idHex() {
        return Sha256.hex(encoded);
    }

    /** The first 20 bytes of the id in groups of four hex digits, for people to read aloud and compare. */
    public final String fingerprint() {
        return Sha256.fingerprint(id());
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && Arrays.equals(((EncodedPublicKey) other).encoded, encoded);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + fingerprint() + "]";
    }
}
