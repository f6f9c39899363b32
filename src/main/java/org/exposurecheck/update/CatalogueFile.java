package org.exposurecheck.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.exposurecheck.base.DisplayText;
import org.exposurecheck.base.Json;
import org.exposurecheck.base.SignatureContext;
import org.exposurecheck.pack.PackId;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.pack.SigningKey;

/**
 * The catalogue container (docs/publishing.md), built like a pack's: magic, the publisher's public key,
 * the catalogue JSON, and an Ed25519 signature over a domain-separated copy of those exact JSON bytes.
 * One file, so a mirror replaces it in one step and a client fetches it with one conditional request.
 */
public final class CatalogueFile {
    /** The catalogue's name at the root of every mirror. */
    public static final String FILE_NAME = "catalogue.ecc";
    /** A catalogue lists a handful of packs; anything near this size is not one, so it is not read further. */
    static final int MAX_BYTES = 1 << 20;
    /** The largest pack a catalogue may list: what {@code pack install} and {@code check} can open. */
    static final long MAX_PACK_BYTES = 2L << 30;

    private static final byte[] MAGIC = "ECCATL01".getBytes(StandardCharsets.US_ASCII);
    private static final SignatureContext SIGNED = new SignatureContext("exposure-check/catalogue/v1");
    private static final int SIGNATURE_BYTES = 64;
    private static final Pattern PACK_FILE = Pattern.compile("packs/[a-z0-9][a-z0-9._-]{0,127}\\.ecpack");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private CatalogueFile() {
    }

    /** A catalogue whose signature is valid for the key it carries; not yet checked against any trusted key. */
    public record Signed(PublisherKey publisher, Catalogue catalogue) {
    }

    public static byte[] write(Catalogue catalogue, SigningKey key) {
        try {
            byte[] json = Json.MAPPER.writeValueAsBytes(catalogue);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length + 128);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.write(key.publicKey().encoded());
            out.writeInt(json.length);
            out.write(json);
            out.writeShort(SIGNATURE_BYTES);
            out.write(key.sign(SIGNED.message(json)));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Parses the container, checks the signature against the key it carries, then the catalogue's shape. */
    public static Signed open(byte[] file) throws UpdateException {
        if (file.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw UpdateRefusal.NOT_A_CATALOGUE.exception();
        }
        ByteBuffer in = ByteBuffer.wrap(file, MAGIC.length, file.length - MAGIC.length);
        if (file.length > MAX_BYTES || in.remaining() < PublisherKey.LENGTH + 4) {
            throw damaged();
        }
        byte[] keyBytes = new byte[PublisherKey.LENGTH];
        in.get(keyBytes);
        PublisherKey publisher = new PublisherKey(keyBytes);
        int length = in.getInt();
        if (length <= 0 || in.remaining() != length + 2 + SIGNATURE_BYTES) {
            throw damaged();
        }
        byte[] json = new byte[length];
        in.get(json);
        if (Short.toUnsignedInt(in.getShort()) != SIGNATURE_BYTES) {
            throw damaged();
        }
        byte[] signature = new byte[SIGNATURE_BYTES];
        in.get(signature);
        if (!publisher.verify(SIGNED.message(json), signature)) {
            throw UpdateRefusal.CATALOGUE_SIGNATURE.exception();
        }
        Catalogue catalogue;
        try {
            catalogue = Json.MAPPER.treeToValue(withPlainTitles(Json.MAPPER.readTree(json)), Catalogue.class);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw damaged();
        }
        if (catalogue == null) {
            throw damaged(); // signed JSON "null": Jackson maps it to no object at all
        }
        if (!Catalogue.FORMAT.equals(catalogue.format())) {
            throw UpdateRefusal.CATALOGUE_FORMAT_UNKNOWN.exception("format", catalogue.format());
        }
        if (!publisher.idHex().equals(catalogue.publisherKeyId())) {
            throw UpdateRefusal.CATALOGUE_KEY_MISMATCH.exception();
        }
        checkShape(catalogue);
        return new Signed(publisher, catalogue);
    }

    /** Titles are shown on terminals and screens: only their visible text is kept (see {@link DisplayText}). */
    private static JsonNode withPlainTitles(JsonNode catalogue) {
        JsonNode packs = catalogue == null ? null : catalogue.get("packs");
        if (packs != null && packs.isArray()) {
            for (JsonNode entry : packs) {
                if (entry instanceof ObjectNode object && entry.path("title").isTextual()) {
                    object.put("title", DisplayText.clean(entry.get("title").asText()));
                }
            }
        }
        return catalogue;
    }

    private static void checkShape(Catalogue catalogue) throws UpdateException {
        if (catalogue.created() == null || catalogue.expires() == null || catalogue.packs() == null || catalogue.sequence() < 1) {
            throw damaged();
        }
        Set<String> ids = new HashSet<>();
        for (Catalogue.Entry entry : catalogue.packs()) {
            boolean sane = PackId.isValid(entry.id()) && ids.add(entry.id())
                    && entry.title() != null && entry.sequence() >= 1 && entry.expires() != null
                    && entry.bytes() > 0 && entry.bytes() <= MAX_PACK_BYTES
                    && entry.sha256() != null && SHA256_HEX.matcher(entry.sha256()).matches()
                    && entry.file() != null && PACK_FILE.matcher(entry.file()).matches();
            if (!sane) {
                throw UpdateRefusal.CATALOGUE_PACKS_MALFORMED.exception();
            }
        }
    }

    private static UpdateException damaged() {
        return UpdateRefusal.CATALOGUE_DAMAGED.exception();
    }
}
