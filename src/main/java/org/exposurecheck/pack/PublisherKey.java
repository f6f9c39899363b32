package org.exposurecheck.pack;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.exposurecheck.base.EncodedPublicKey;

/** A publisher's Ed25519 public key. Its fingerprint (SHA-256 of the key) is what people compare and pin. */
public final class PublisherKey extends EncodedPublicKey {
    public static final int LENGTH = Ed25519PublicKeyParameters.KEY_SIZE;

    public PublisherKey(byte[] encoded) {
        super(lengthChecked(encoded));
    }

    private static byte[] lengthChecked(byte[] encoded) {
        if (encoded.length != LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is " + LENGTH + " bytes");
        }
        return encoded;
    }

    public boolean verify(byte[] message, byte[] signature) {
        Ed25519PublicKeyParameters key;
        try {
            key = new Ed25519PublicKeyParameters(encoded(), 0);
        } catch (IllegalArgumentException notAPoint) {
            // Damaged key bytes (e.g. in a corrupted file) are not a curve point: such a key verifies nothing.
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }
}
