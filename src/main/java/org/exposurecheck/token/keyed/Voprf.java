package org.exposurecheck.token.keyed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.exposurecheck.base.Sha256;

/**
 * RFC 9497 in verifiable mode (VOPRF, mode 0x01) with ciphersuite P256-SHA256: the constants both sides
 * share and the transcript encoding of the RFC. The key holder's side is {@link VoprfEvaluator}, the
 * person's side {@link VoprfClient}.
 */
public final class Voprf {
    public static final String SUITE = "P256-SHA256";
    static final byte MODE_VOPRF = 0x01;
    /** Bytes of one serialized element (a compressed P-256 point). */
    public static final int ELEMENT_LENGTH = P256Group.ELEMENT_LENGTH;
    /** Bytes of a serialized proof: two scalars, c and s. */
    public static final int PROOF_LENGTH = 2 * P256Group.SCALAR_LENGTH;
    /** Bytes of one PRF output (SHA-256). */
    public static final int OUTPUT_LENGTH = 32;
    /** RFC 9497 encodes input lengths in two bytes. */
    public static final int MAX_INPUT_LENGTH = 0xFFFF;

    /** contextString = "OPRFV1-" || I2OSP(mode, 1) || "-" || identifier. */
    private static final byte[] CONTEXT = concat(ascii("OPRFV1-"), new byte[] {MODE_VOPRF}, ascii("-" + SUITE));

    private Voprf() {
    }

    /** A domain separation tag: {@code prefix} followed by the context string. */
    static byte[] dst(String prefix) {
        return concat(ascii(prefix), CONTEXT);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The RFC's transcripts: each part as I2OSP(len, 2) || part, then a plain ASCII label. */
    static byte[] transcript(String label, byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            writeLengthPrefixed(out, part);
        }
        out.writeBytes(ascii(label));
        return out.toByteArray();
    }

    static void writeLengthPrefixed(ByteArrayOutputStream out, byte[] part) {
        out.write(part.length >>> 8);
        out.write(part.length & 0xFF);
        out.writeBytes(part);
    }

    static byte[] i2osp2(int value) {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }

    static byte[] sha256(byte[] input) {
        return Sha256.of(input);
    }

    /**
     * Finalize's last step (also the key holder's direct Evaluate): Hash(I2OSP(len(input), 2) || input ||
     * I2OSP(len(element), 2) || element || "Finalize").
     */
    static byte[] finalHash(byte[] input, byte[] unblindedElement) {
        byte[] hashInput = transcript("Finalize", input, unblindedElement);
        try {
            return sha256(hashInput);
        } finally {
            java.util.Arrays.fill(hashInput, (byte) 0);
        }
    }

    static void checkInputLength(byte[] input) {
        if (input.length > MAX_INPUT_LENGTH) {
            throw new IllegalArgumentException("a VOPRF input is at most " + MAX_INPUT_LENGTH + " bytes");
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
