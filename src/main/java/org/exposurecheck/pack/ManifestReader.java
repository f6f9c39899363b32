package org.exposurecheck.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.exposurecheck.base.DisplayText;
import org.exposurecheck.base.Json;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.KeyedPairScheme;
import org.exposurecheck.token.keyed.InvalidElementException;
import org.exposurecheck.token.keyed.VoprfPublicKey;

/**
 * Reads a signed manifest and checks every field a reader relies on before anything uses it: present,
 * of the right JSON type, in range. A signature says who wrote a manifest, not that it is well formed,
 * so a missing {@code created} or a null {@code title} is one sentence naming the field — never a
 * NullPointerException in the store after the pack file was written. Titles and labels come out as
 * {@link DisplayText}; the id must be a valid {@link PackId}.
 */
final class ManifestReader {
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{64}");
    /** Names of schemes, KDFs, normalisations and token types: printed as they are, so plain ASCII only. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");
    /** A keyed service's address is shown to people and sent to a proxy; real ones are short. */
    private static final int MAX_URL_LENGTH = 2048;

    private ManifestReader() {
    }

    static Manifest read(byte[] json) throws PackException {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(json);
        } catch (IOException unreadable) {
            throw PackRefusal.MANIFEST_UNREADABLE.exception();
        }
        if (tree == null || !tree.isObject()) {
            throw PackRefusal.MANIFEST_UNREADABLE.exception();
        }
        ObjectNode manifest = (ObjectNode) tree;
        String format = require(manifest, "format", JsonNode::isTextual).asText();
        if (!Manifest.FORMAT.equals(format)) {
            throw PackRefusal.FORMAT_UNKNOWN.exception("format", format);
        }
        String id = text(manifest, "id");
        if (!PackId.isValid(id)) {
            throw PackRefusal.PACK_ID_INVALID.exception();
        }
        require(manifest, "title", node -> node.isTextual() && !DisplayText.clean(node.asText()).isEmpty());
        require(manifest, "publisher_key_id", node -> node.isTextual() && KEY_ID.matcher(node.asText()).matches());
        require(manifest, "sequence", node -> node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 1);
        require(manifest, "created", ManifestReader::isInstant);
        require(manifest, "expires", ManifestReader::isInstant);
        require(manifest, "demo", JsonNode::isBoolean);
        require(manifest, "normalisation", ManifestReader::isTag);
        optional(manifest, "source", JsonNode::isTextual);
        JsonNode scheme = require(manifest, "scheme", JsonNode::isObject);
        for (String field : new String[] {"name", "kdf"}) {
            require(scheme, "scheme." + field, field, ManifestReader::isTag);
        }
        require(scheme, "scheme.salt", "salt", JsonNode::isTextual);
        for (String field : new String[] {"memory_kib", "iterations", "parallelism", "token_bytes"}) {
            require(scheme, "scheme." + field, field, ManifestReader::isCount);
        }
        JsonNode policy = require(manifest, "policy", JsonNode::isObject);
        require(policy, "policy.min_gpu_years", "min_gpu_years", JsonNode::isNumber);
        require(manifest, "record_count", ManifestReader::isCount);
        require(manifest, "token_count", ManifestReader::isCount);
        optional(manifest, "photo_count", ManifestReader::isCount);
        JsonNode tokenTypes = require(manifest, "token_types", JsonNode::isObject);
        for (Iterator<Map.Entry<String, JsonNode>> types = tokenTypes.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            if (!TAG.matcher(type.getKey()).matches() || !isCount(type.getValue())) {
                throw field("token_types");
            }
        }
        JsonNode dropped = optional(manifest, "dropped_token_types", JsonNode::isArray);
        if (dropped != null) {
            for (JsonNode type : dropped) {
                if (!isTag(type)) {
                    throw field("dropped_token_types");
                }
            }
        } else {
            manifest.putArray("dropped_token_types");
        }
        JsonNode content = require(manifest, "content", JsonNode::isObject);
        require(content, "content.sha256", "sha256", JsonNode::isTextual);
        require(content, "content.bytes", "bytes", node -> node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0);
        JsonNode keyed = optional(manifest, "keyed", JsonNode::isObject);
        if (keyed != null) {
            checkKeyed(keyed);
        }
        if (PackId.isDemo(id) && !manifest.get("demo").asBoolean()) {
            throw PackRefusal.DEMO_ID_NOT_DEMO.exception("pack", id);
        }
        manifest.put("title", DisplayText.clean(manifest.get("title").asText()));
        if (manifest.hasNonNull("source")) {
            manifest.put("source", DisplayText.clean(manifest.get("source").asText()));
        }
        try {
            return Json.MAPPER.treeToValue(manifest, Manifest.class);
        } catch (IOException unbindable) {
            throw PackRefusal.MANIFEST_UNREADABLE.exception();
        }
    }

    /**
     * The keyed tier's section: the scheme this client knows, an http(s) address without credentials, a point of
     * P-256, Argon2id settings a client can run, a 16-byte salt, a positive daily limit, and only pairs the pairing
     * rules allow, each with at least one token.
     */
    private static void checkKeyed(JsonNode keyed) throws PackException {
        require(keyed, "keyed.scheme", "scheme", node -> KeyedPairScheme.NAME.equals(node.asText()) && node.isTextual());
        require(keyed, "keyed.service_url", "service_url", node -> node.isTextual() && isServiceUrl(node.asText()));
        require(keyed, "keyed.public_key", "public_key", node -> node.isTextual() && isPoint(node.asText()));
        require(keyed, "keyed.kdf", "kdf", node -> "argon2id".equals(node.asText()) && node.isTextual());
        require(keyed, "keyed.memory_kib", "memory_kib", node -> isCount(node) && node.asInt() >= KeyedTier.MIN_MEMORY_KIB);
        require(keyed, "keyed.iterations", "iterations", node -> isCount(node) && node.asInt() >= 1);
        require(keyed, "keyed.parallelism", "parallelism", node -> isCount(node) && node.asInt() == 1);
        require(keyed, "keyed.salt", "salt", node -> node.isTextual() && decodedLength(node.asText()) == Argon2PairScheme.SALT_LENGTH);
        require(keyed, "keyed.guesses_per_day", "guesses_per_day", node -> node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 1);
        JsonNode types = require(keyed, "keyed.token_types", "token_types", node -> node.isObject() && !node.isEmpty());
        for (Iterator<Map.Entry<String, JsonNode>> entries = types.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> type = entries.next();
            if (!TAG.matcher(type.getKey()).matches() || !KeyedTier.isKeyedType(type.getKey()) || !isCount(type.getValue())
                    || type.getValue().asInt() < 1) {
                throw field("keyed.token_types");
            }
        }
    }

    static boolean isServiceUrl(String text) {
        if (text.length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static boolean isPoint(String base64) {
        try {
            VoprfPublicKey.fromEncoded(Base64.getDecoder().decode(base64));
            return true;
        } catch (IllegalArgumentException | InvalidElementException notAPoint) {
            return false;
        }
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException notBase64) {
            return -1;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static JsonNode require(JsonNode node, String field, Predicate<JsonNode> valid) throws PackException {
        return require(node, field, field, valid);
    }

    private static JsonNode require(JsonNode node, String name, String field, Predicate<JsonNode> valid) throws PackException {
        JsonNode value = node.get(field);
        if (value == null || !valid.test(value)) {
            throw field(name);
        }
        return value;
    }

    /** A field that may be absent or null; when it is there, it must be valid. */
    private static JsonNode optional(JsonNode node, String field, Predicate<JsonNode> valid) throws PackException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!valid.test(value)) {
            throw field(field);
        }
        return value;
    }

    private static boolean isTag(JsonNode node) {
        return node.isTextual() && TAG.matcher(node.asText()).matches();
    }

    private static boolean isCount(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToInt() && node.asInt() >= 0;
    }

    private static boolean isInstant(JsonNode node) {
        if (!node.isTextual()) {
            return false;
        }
        try {
            Instant.parse(node.asText());
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static PackException field(String name) {
        return PackRefusal.MANIFEST_FIELD.exception("field", name);
    }
}
