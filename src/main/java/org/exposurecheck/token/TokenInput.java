package org.exposurecheck.token;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.exposurecheck.identity.CanonicalForm;

/**
 * The bytes a token is derived from: a domain tag, then each form as length-prefixed kind tag and
 * length-prefixed UTF-8 value, forms ordered by kind tag. Length prefixes keep ("ab","c") and
 * ("a","bc") apart; kind tags keep a phone from colliding with an identical-looking HKID.
 * Holds personal data: {@link #wipe()} it once derived; {@link #toString()} is redacted.
 */
public final class TokenInput {
    private static final byte[] DOMAIN = "ECT1".getBytes(StandardCharsets.US_ASCII);

    private final TokenType type;
    private final byte[] encoded;

    private TokenInput(TokenType type, byte[] encoded) {
        this.type = type;
        this.encoded = encoded;
    }

    public static TokenInput of(List<CanonicalForm> forms) {
        TokenType type = TokenType.of(forms.stream().map(CanonicalForm::kind).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.writeBytes(DOMAIN);
        out.write(forms.size());
        forms.stream().sorted(Comparator.comparing((CanonicalForm f) -> f.kind().tag())).forEach(form -> {
            writeField(out, form.kind().tag().getBytes(StandardCharsets.UTF_8));
            writeField(out, form.value().getBytes(StandardCharsets.UTF_8));
        });
        return new TokenInput(type, out.toByteArray());
    }

    private static void writeField(ByteArrayOutputStream out, byte[] bytes) {
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException("canonical form too long");
        }
        out.write(bytes.length >>> 8);
        out.write(bytes.length & 0xFF);
        out.writeBytes(bytes);
    }

    public TokenType type() {
        return type;
    }

    /** The encoded input itself (not a copy), for the KDF. */
    byte[] encoded() {
        return encoded;
    }

    public void wipe() {
        Arrays.fill(encoded, (byte) 0);
    }

    @Override
    public String toString() {
        return "TokenInput[" + type + ", <redacted>]";
    }
}
