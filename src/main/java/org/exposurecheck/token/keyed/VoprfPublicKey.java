package org.exposurecheck.token.keyed;

import org.bouncycastle.math.ec.ECPoint;
import org.exposurecheck.base.EncodedPublicKey;

/**
 * The publisher's VOPRF public key pkS = skS·G, a compressed P-256 point. A signed pack manifest commits to
 * it, and every answer of the keyed service must prove it used the matching private key. Its fingerprint
 * (SHA-256 of the encoding) is what people compare.
 */
public final class VoprfPublicKey extends EncodedPublicKey {
    private final ECPoint point;

    VoprfPublicKey(ECPoint point) {
        super(P256Group.serialize(point));
        this.point = point.normalize();
    }

    /** Reads a serialized key; refuses anything that is not a point of P-256. */
    public static VoprfPublicKey fromEncoded(byte[] encoded) throws InvalidElementException {
        return new VoprfPublicKey(P256Group.deserialize(encoded));
    }

    ECPoint point() {
        return point;
    }
}
