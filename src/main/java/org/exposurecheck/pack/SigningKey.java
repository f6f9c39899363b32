package org.exposurecheck.pack;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** A publisher's Ed25519 private key. Never printed; {@link #wipe()} when done. */
public final class SigningKey {
    private final byte[] seed;

    public SigningKey(byte[] seed) {
        if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 private key is 32 bytes");
        }
        this.seed = seed.clone();
    }

    public static SigningKey generate(SecureRandom random) {
        return new SigningKey(new Ed25519PrivateKeyParameters(random).getEncoded());
    }

    byte[] seed() {
        return seed.clone();
    }

    public PublisherKey publicKey() {
        return new PublisherKey(new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded());
    }

    public byte[] sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    public void wipe() {
        Arrays.fill(seed, (byte) 0);
    }

    @Override
    public String toString() {
        return "SigningKey[<redacted>]";
    }
}
