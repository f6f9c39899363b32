package org.exposurecheck.token.keyed;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.util.BigIntegers;

/**
 * The publisher's VOPRF key skS: a scalar in [1, n−1], kept as 32 bytes and {@link #wipe() wiped} when done.
 * Each operation turns it into a short-lived {@link BigInteger}, which Java cannot wipe; the long-lived copy is
 * the byte array. Never printed.
 */
public final class VoprfPrivateKey {
    public static final int LENGTH = P256Group.SCALAR_LENGTH;
    /** RFC 9497's Nseed: DeriveKeyPair takes a 32-byte seed. */
    public static final int SEED_LENGTH = 32;
    private static final byte[] DERIVE_DST = Voprf.dst("DeriveKeyPair");
    private static final int MAX_DERIVE_ATTEMPTS = 256;

    private final byte[] scalar;

    /** Reads a serialized key; refuses zero and values not below the group order. */
    public static VoprfPrivateKey fromEncoded(byte[] encoded) throws InvalidElementException {
        if (encoded.length != LENGTH) {
            throw new InvalidElementException();
        }
        BigInteger value = P256Group.deserializeScalar(encoded, 0);
        if (value.signum() == 0) {
            throw new InvalidElementException();
        }
        return new VoprfPrivateKey(value);
    }

    public static VoprfPrivateKey generate(SecureRandom random) {
        return new VoprfPrivateKey(P256Group.randomScalar(random));
    }

    /** RFC 9497 §3.2.1 DeriveKeyPair: the same seed and info always give the same key. */
    public static VoprfPrivateKey derive(byte[] seed, byte[] info) {
        if (seed.length != SEED_LENGTH || info.length > Voprf.MAX_INPUT_LENGTH) {
            throw new IllegalArgumentException("DeriveKeyPair takes a 32-byte seed and at most 65535 bytes of info");
        }
        byte[] deriveInput = new byte[seed.length + 2 + info.length + 1];
        System.arraycopy(seed, 0, deriveInput, 0, seed.length);
        System.arraycopy(Voprf.i2osp2(info.length), 0, deriveInput, seed.length, 2);
        System.arraycopy(info, 0, deriveInput, seed.length + 2, info.length);
        try {
            for (int counter = 0; counter < MAX_DERIVE_ATTEMPTS; counter++) {
                deriveInput[deriveInput.length - 1] = (byte) counter;
                BigInteger candidate = P256Group.hashToScalar(deriveInput, DERIVE_DST);
                if (candidate.signum() != 0) {
                    return new VoprfPrivateKey(candidate);
                }
            }
            throw new IllegalStateException("DeriveKeyPair found no non-zero scalar in 256 attempts");
        } finally {
            Arrays.fill(deriveInput, (byte) 0);
        }
    }

    private VoprfPrivateKey(BigInteger value) {
        this.scalar = P256Group.serializeScalar(value);
    }

    /** A copy of the 32 key bytes, for the key file; the caller wipes it. */
    public byte[] encoded() {
        return scalar.clone();
    }

    public VoprfPublicKey publicKey() {
        return new VoprfPublicKey(P256Group.multiplySecret(P256Group.GENERATOR, value()));
    }

    BigInteger value() {
        return BigIntegers.fromUnsignedByteArray(scalar);
    }

    public void wipe() {
        Arrays.fill(scalar, (byte) 0);
    }

    @Override
    public String toString() {
        return "VoprfPrivateKey[<redacted>]";
    }
}
