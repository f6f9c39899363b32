package org.exposurecheck.testsupport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.SigningKey;

/**
 * Packs an attacker could make: a real pack taken apart, its manifest JSON or body bytes changed, and signed
 * again (with any key, e.g. the published demo key) exactly as docs/pack-format.md lays the container out.
 * The builder's own checks never see these, so a reader's checks are tested on their own.
 */
public final class ForgedPacks {
    private static final byte[] MAGIC = "ECPACK01".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIGNATURE_CONTEXT = "exposure-check/pack-manifest/v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;

    private ForgedPacks() {
    }

    /** {@code pack} with its manifest changed by {@code edit}, signed by {@code key} (whose id the manifest then names). */
    public static byte[] resign(byte[] pack, SigningKey key, Consumer<ObjectNode> edit) {
        return forge(pack, key, edit, body -> body);
    }

    /**
     * {@code pack} with one label of its string table replaced: {@code placeholder} (a label the pack was built
     * with) becomes {@code label}, padded with spaces to the same UTF-8 length so the body's layout stays valid.
     */
    public static byte[] withLabel(byte[] pack, SigningKey key, String placeholder, String label) {
        byte[] from = placeholder.getBytes(StandardCharsets.UTF_8);
        byte[] to = label.getBytes(StandardCharsets.UTF_8);
        if (to.length > from.length) {
            throw new IllegalArgumentException("the label must not be longer than the placeholder");
        }
        byte[] padded = Arrays.copyOf(to, from.length);
        Arrays.fill(padded, to.length, from.length, (byte) ' ');
        return forge(pack, key, manifest -> { }, body -> {
            int at = ByteSearch.indexOf(body, from);
            if (at < 0) {
                throw new IllegalArgumentException("the pack holds no label " + placeholder);
            }
            byte[] changed = body.clone();
            System.arraycopy(padded, 0, changed, at, padded.length);
            return changed;
        });
    }

    private static byte[] forge(byte[] pack, SigningKey key, Consumer<ObjectNode> edit, java.util.function.UnaryOperator<byte[]> bodyEdit) {
        try {
            ByteBuffer in = ByteBuffer.wrap(pack);
            in.position(MAGIC.length + KEY_BYTES);
            byte[] manifestBytes = new byte[in.getInt()];
            in.get(manifestBytes);
            in.position(in.position() + 2 + in.getShort(in.position()));
            byte[] body = bodyEdit.apply(Arrays.copyOfRange(pack, in.position(), pack.length));
            ObjectNode manifest = (ObjectNode) Json.MAPPER.readTree(manifestBytes);
            manifest.put("publisher_key_id", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.publicKey().encoded())));
            ((ObjectNode) manifest.get("content")).put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)))
                    .put("bytes", body.length);
            edit.accept(manifest);
            byte[] json = Json.MAPPER.writeValueAsBytes(manifest);
            byte[] message = Arrays.copyOf(SIGNATURE_CONTEXT, SIGNATURE_CONTEXT.length + json.length);
            System.arraycopy(json, 0, message, SIGNATURE_CONTEXT.length, json.length);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(pack.length + 64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.write(key.publicKey().encoded());
            out.writeInt(json.length);
            out.write(json);
            out.writeShort(64);
            out.write(key.sign(message));
            out.write(body);
            return bytes.toByteArray();
        } catch (IOException | NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
