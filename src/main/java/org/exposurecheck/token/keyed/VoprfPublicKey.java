package org.exposurecheck.token.keyed;

import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.math.ec.ECPoint;
import org.exposurecheck.base.Sha256;

/**
 * The publisher's VOPRF public key pkS = skS·G, a compressed P-256 point. A signed pack manifest commits to
 * it, and every answer of the keyed service must prove it used the matching private key. Its fingerprint
 * (SHA-256 of the encoding) is what people compare.
 */
public final class VoprfPublicKey {
    private final byte[] encoded;
    private final ECPoint point;

    VoprfPublicKey(ECPoint point) {
        this.point = point.normalize();
        this.encoded = P256Group.serialize(this.point);
    }

    /** Reads a serialized key; refuses anything that is not a point of P-256. */
    public static VoprfPublicKey fromEncoded(byte[] encoded) throws InvalidElementException {
        return new VoprfPublicKey(P256Group.deserialize(encoded));
    }

    public byte[] encoded() {
        return encoded.clone();
    }

    ECPoint point() {
        return point;
    }

    /** SHA-256 of the encoded key in lower-case hex. */
    public String idHex() {
        return HexFormat.of().formatHex(Voprf.sha256(encoded));
    }

    /** The first 20 bytes of the key's SHA-256 in groups of four hex digits, for people to read aloud and compare. */
    public String fingerprint() {
        return Sha256.fingerprint(Voprf.sha256(encoded));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VoprfPublicKey key && Arrays.equals(key.encoded, encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "VoprfPublicKey[" + fingerprint() + "]";
    }
}
