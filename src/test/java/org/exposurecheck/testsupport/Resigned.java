package org.exposurecheck.testsupport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.pack.SigningKey;

/**
 * A container (pack or catalogue: magic, key, length-prefixed JSON, signature, for a pack the body) as
 * whoever holds a signing key could make it from any bytes: the JSON and body kept as they are, the key
 * and signature replaced, and a pack's manifest made to name its body's real length and hash. The demo
 * key's private half is public, so this is what an attacker can do; it lets a harness get past the
 * signature and hash checks to the code behind them.
 */
public final class Resigned {
    private static final int MAGIC_BYTES = 8;
    private static final int KEY_BYTES = 32;
    private static final int SIGNATURE_BYTES = 64;
    private static final byte[] PACK_CONTEXT = "exposure-check/pack-manifest/v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CATALOGUE_CONTEXT = "exposure-check/catalogue/v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern CONTENT_SHA256 = Pattern.compile("(\"sha256\"\\s*:\\s*)\"[^\"]*\"");
    private static final Pattern CONTENT_BYTES = Pattern.compile("(\"bytes\"\\s*:\\s*)-?[0-9.eE+-]+");
    private static final Pattern KEY_ID = Pattern.compile("(\"publisher_key_id\"\\s*:\\s*)\"[^\"]*\"");

    private Resigned() {
    }

    /** {@code file} as a pack signed by {@code key}, its manifest naming the body that follows it. */
    public static byte[] pack(byte[] file, SigningKey key) {
        return resign(file, key, PACK_CONTEXT, true);
    }

    /** {@code file} as a catalogue signed by {@code key}. */
    public static byte[] catalogue(byte[] file, SigningKey key) {
        return resign(file, key, CATALOGUE_CONTEXT, false);
    }

    private static byte[] resign(byte[] file, SigningKey key, byte[] context, boolean withBody) {
        int jsonStart = MAGIC_BYTES + KEY_BYTES + 4;
        if (file.length < jsonStart) {
            return file;
        }
        int declared = ByteBuffer.wrap(file, MAGIC_BYTES + KEY_BYTES, 4).getInt();
        int jsonLength = Math.max(0, Math.min(declared, file.length - jsonStart));
        byte[] json = Arrays.copyOfRange(file, jsonStart, jsonStart + jsonLength);
        int bodyStart = Math.min(file.length, jsonStart + jsonLength + 2 + SIGNATURE_BYTES);
        byte[] body = withBody ? Arrays.copyOfRange(file, bodyStart, file.length) : new byte[0];
        // ISO-8859-1 maps each byte to one char and back, so bytes that are not UTF-8 survive the rewrite.
        String text = new String(json, StandardCharsets.ISO_8859_1);
        text = replace(KEY_ID, text, "\"" + key.publicKey().idHex() + "\"");
        if (withBody) {
            text = replace(CONTENT_SHA256, text, "\"" + Sha256.hex(body) + "\"");
            text = replace(CONTENT_BYTES, text, Integer.toString(body.length));
        }
        json = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] message = Arrays.copyOf(context, context.length + json.length);
        System.arraycopy(json, 0, message, context.length, json.length);
        ByteBuffer out = ByteBuffer.allocate(jsonStart + json.length + 2 + SIGNATURE_BYTES + body.length);
        out.put(file, 0, MAGIC_BYTES).put(key.publicKey().encoded()).putInt(json.length).put(json)
                .putShort((short) SIGNATURE_BYTES).put(key.sign(message)).put(body);
        return out.array();
    }

    private static String replace(Pattern pattern, String text, String value) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + value));
    }
}
