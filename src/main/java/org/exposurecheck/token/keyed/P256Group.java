package org.exposurecheck.token.keyed;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.hash2curve.HashToCurveProfile;
import org.bouncycastle.crypto.hash2curve.HashToEllipticCurve;
import org.bouncycastle.crypto.hash2curve.OPRFHashToScalar;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * The prime-order group of ciphersuite P256-SHA256 (RFC 9497 §4.3): NIST P-256, hash-to-group by RFC 9380's
 * P256_XMD:SHA-256_SSWU_RO_, hash-to-scalar by expand_message_xmd with 48 bytes reduced modulo the order.
 * Bouncy Castle supplies the curve and both hashes; what RFC 9497 adds on top is written in this package.
 * Bouncy Castle's hashers keep a digest's state, so each thread gets its own.
 */
final class P256Group {
    static final int ELEMENT_LENGTH = 33;
    static final int SCALAR_LENGTH = 32;
    /** RFC 9380's k for P-256: hash-to-scalar expands to ceil((256 + 128) / 8) = 48 bytes. */
    private static final int SECURITY_BITS = 128;

    private static final X9ECParameters PARAMETERS = CustomNamedCurves.getByName("secp256r1");
    static final ECCurve CURVE = PARAMETERS.getCurve();
    static final ECPoint GENERATOR = PARAMETERS.getG();
    static final BigInteger ORDER = PARAMETERS.getN();

    private static final ThreadLocal<HashToEllipticCurve> HASH_TO_GROUP = ThreadLocal.withInitial(() ->
            HashToEllipticCurve.getInstance(HashToCurveProfile.P256_XMD_SHA_256,
                    new String(Voprf.dst("HashToGroup-"), StandardCharsets.ISO_8859_1)));
    private static final ThreadLocal<OPRFHashToScalar> HASH_TO_SCALAR = ThreadLocal.withInitial(() ->
            new OPRFHashToScalar(CURVE, new SHA256Digest(), SECURITY_BITS));

    private P256Group() {
    }

    /** HashToGroup: never the identity for P-256's SSWU map, but RFC 9497 has callers check anyway. */
    static ECPoint hashToGroup(byte[] input) {
        return CURVE.importPoint(HASH_TO_GROUP.get().hashToCurve(input)).normalize();
    }

    static BigInteger hashToScalar(byte[] input, byte[] dst) {
        return HASH_TO_SCALAR.get().process(input, dst);
    }

    static BigInteger randomScalar(SecureRandom random) {
        return BigIntegers.createRandomInRange(BigInteger.ONE, ORDER.subtract(BigInteger.ONE), random);
    }

    /** A secret scalar times a point, by Bouncy Castle's multiplication meant for secret scalars. */
    static ECPoint multiplySecret(ECPoint point, BigInteger scalar) {
        return ECAlgorithms.multiplySecret(point, scalar).normalize();
    }

    /** SerializeElement: SEC1 compressed, 33 bytes. The identity has no encoding and is never sent. */
    static byte[] serialize(ECPoint element) {
        if (element.isInfinity()) {
            throw new IllegalStateException("the identity element is never serialized");
        }
        return element.getEncoded(true);
    }

    /**
     * DeserializeElement: a SEC1 compressed point of P-256, not the identity. Bouncy Castle checks that
     * x is below the field prime and that x³ − 3x + b has a square root; P-256 has cofactor 1, so every
     * point on the curve is in the group.
     */
    static ECPoint deserialize(byte[] encoded) throws InvalidElementException {
        if (encoded == null || encoded.length != ELEMENT_LENGTH || (encoded[0] != 0x02 && encoded[0] != 0x03)) {
            throw new InvalidElementException();
        }
        try {
            ECPoint point = CURVE.decodePoint(encoded);
            if (point.isInfinity() || !point.isValid()) {
                throw new InvalidElementException();
            }
            return point.normalize();
        } catch (IllegalArgumentException | ArithmeticException notAPoint) {
            throw new InvalidElementException();
        }
    }

    static byte[] serializeScalar(BigInteger scalar) {
        return BigIntegers.asUnsignedByteArray(SCALAR_LENGTH, scalar);
    }

    /** DeserializeScalar: 32 bytes, big-endian, below the group order. */
    static BigInteger deserializeScalar(byte[] encoded, int offset) throws InvalidElementException {
        if (encoded.length < offset + SCALAR_LENGTH) {
            throw new InvalidElementException();
        }
        BigInteger scalar = BigIntegers.fromUnsignedByteArray(encoded, offset, SCALAR_LENGTH);
        if (scalar.compareTo(ORDER) >= 0) {
            throw new InvalidElementException();
        }
        return scalar;
    }
}
