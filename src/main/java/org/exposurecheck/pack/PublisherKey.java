package org.exposurecheck.pack;

import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.exposurecheck.base.Sha256;

/** A publisher's Ed25519 public key. Its fingerprint (SHA-256 of the key) is what people compare and pin. */
public final class PublisherKey {
    public static final int LENGTH = Ed25519PublicKeyParameters.KEY_SIZE;

    private final byte[] encoded;

    public PublisherKey(byte[] encoded) {
        if (encoded.length != LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is " + LENGTH + " bytes");
        }
        this.encoded = encoded.clone();
    }

    public byte[] encoded() {
        return encoded.clone();
    }

    /** SHA-256 of the key: 32 bytes, as stored in pack headers. */
    public byte[] id() {
        return Sha256.of(encoded);
    }

    /** The key id in lower-case hex, as written in manifests and catalogues. */
    public String idHex() {
        return HexFormat.of().formatHex(id());
    }

    /** The first 20 bytes of the id in groups of four hex digits, for people to read aloud and compare. */
    public String fingerprint() {
        return Sha256.fingerprint(id());
    }

    public boolean verify(byte[] message, byte[] signature) {
        Ed25519PublicKeyParameters key;
        try {
            key = new Ed25519PublicKeyParameters(encoded, 0);
        } catch (IllegalArgumentException notAPoint) {
            // Damaged key bytes (e.g. in a corrupted file) are not a curve point: such a key verifies nothing.
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublisherKey key && Arrays.equals(key.encoded, encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "PublisherKey[" + fingerprint() + "]";
    }
}
