package org.exposurecheck.store.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.photo.PhotoHash;

/**
 * The vault's plaintext (docs/vault-format.md): a 4-byte length, the contents as UTF-8 JSON, and zero
 * bytes up to a multiple of 4 KiB, so the file's size says little about how much is saved in it. It exists
 * only in memory: the encoder's and decoder's byte arrays are zeroed by the callers.
 */
final class VaultContentsCodec {
    static final int CONTENTS_FORMAT = 1;
    static final int PADDING_BLOCK = 4096;
    private static final int LENGTH_PREFIX = 4;

    private VaultContentsCodec() {
    }

    static byte[] encode(VaultContents contents) {
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(toJson(contents));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain values always serialises", impossible);
        }
        int padded = ((LENGTH_PREFIX + json.length + PADDING_BLOCK - 1) / PADDING_BLOCK) * PADDING_BLOCK;
        ByteBuffer plaintext = ByteBuffer.allocate(padded);
        plaintext.putInt(json.length).put(json);
        java.util.Arrays.fill(json, (byte) 0);
        return plaintext.array();
    }

    static VaultContents decode(byte[] plaintext, Path file) throws VaultException {
        ByteBuffer in = ByteBuffer.wrap(plaintext);
        int length = plaintext.length >= LENGTH_PREFIX ? in.getInt() : -1;
        if (length < 0 || length > plaintext.length - LENGTH_PREFIX) {
            throw VaultRefusal.DAMAGED.exception("file", file);
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(plaintext, LENGTH_PREFIX, length);
        } catch (IOException unreadable) {
            throw VaultRefusal.DAMAGED.exception("file", file);
        }
        if (root == null || !root.isObject()) {
            throw VaultRefusal.DAMAGED.exception("file", file);
        }
        if (root.path("format").asInt() > CONTENTS_FORMAT) {
            throw VaultRefusal.NEWER_FORMAT.exception("file", file);
        }
        try {
            List<SavedProfile> profiles = new ArrayList<>();
            for (JsonNode profile : array(root, "profiles")) {
                profiles.add(profile(profile));
            }
            return new VaultContents(profiles);
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            // Authenticated, so not an attack: a bug or a hand-made file. Either way, refuse rather than guess.
            throw VaultRefusal.DAMAGED.exception("file", file);
        }
    }

    private static ObjectNode toJson(VaultContents contents) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", CONTENTS_FORMAT);
        ArrayNode profiles = root.putArray("profiles");
        for (SavedProfile saved : contents.profiles()) {
            ObjectNode profile = profiles.addObject();
            profile.put("label", saved.label());
            ArrayNode identifiers = profile.putArray("identifiers");
            for (Identifier identifier : saved.identifiers()) {
                identifiers.addObject().put("type", identifier.type().id()).put("value", identifier.value());
            }
            ArrayNode photos = profile.putArray("photo_hashes");
            for (PhotoHash hash : saved.photoHashes()) {
                photos.addObject().put("phash", HexFormat.of().toHexDigits(hash.phash())).put("dhash", HexFormat.of().toHexDigits(hash.dhash()));
            }
            saved.lastCheck().ifPresent(history -> history(profile.putObject("last_check"), history));
            ObjectNode checklist = profile.putObject("checklist");
            saved.checklist().ticked().forEach((type, steps) -> steps.forEach(checklist.putArray(type.id())::add));
        }
        return root;
    }

    private static void history(ObjectNode node, CheckHistory history) {
        node.put("checked_at", history.checkedAt().toString());
        ObjectNode packs = node.putObject("packs");
        history.packSequences().forEach(packs::put);
        ArrayNode records = node.putArray("records");
        for (SeenRecord seen : history.records()) {
            ObjectNode record = records.addObject().put("pack", seen.packId()).put("record", seen.recordId());
            kinds(record.putArray("kinds"), seen.kinds());
            seen.traits().ifPresent(traits -> {
                record.put("category", traits.category()).put("source", traits.source());
                traits.firstSeen().ifPresent(date -> record.put("first_seen", date.toString()));
            });
        }
    }

    private static void kinds(ArrayNode array, Set<IdentifierType> kinds) {
        for (IdentifierType type : IdentifierType.values()) {
            if (kinds.contains(type)) {
                array.add(type.id());
            }
        }
    }

    private static SavedProfile profile(JsonNode node) {
        List<Identifier> identifiers = new ArrayList<>();
        for (JsonNode identifier : array(node, "identifiers")) {
            identifiers.add(new Identifier(type(identifier.path("type")), text(identifier, "value")));
        }
        List<PhotoHash> photos = new ArrayList<>();
        for (JsonNode photo : array(node, "photo_hashes")) {
            photos.add(new PhotoHash(HexFormat.fromHexDigitsToLong(text(photo, "phash")), HexFormat.fromHexDigitsToLong(text(photo, "dhash"))));
        }
        Optional<CheckHistory> lastCheck = node.has("last_check") ? Optional.of(history(node.get("last_check"))) : Optional.empty();
        Map<IdentifierType, SortedSet<Integer>> ticked = new EnumMap<>(IdentifierType.class);
        node.path("checklist").properties().forEach(entry -> {
            SortedSet<Integer> steps = new TreeSet<>();
            entry.getValue().forEach(step -> steps.add(step.intValue()));
            ticked.put(IdentifierType.fromId(entry.getKey()).orElseThrow(() -> new IllegalArgumentException("unknown kind")), steps);
        });
        return new SavedProfile(text(node, "label"), identifiers, photos, lastCheck, new Checklist(ticked));
    }

    private static CheckHistory history(JsonNode node) {
        Map<String, Long> packs = new LinkedHashMap<>();
        node.path("packs").properties().forEach(entry -> packs.put(entry.getKey(), entry.getValue().longValue()));
        List<SeenRecord> records = new ArrayList<>();
        for (JsonNode record : array(node, "records")) {
            Set<IdentifierType> kinds = EnumSet.noneOf(IdentifierType.class);
            array(record, "kinds").forEach(kind -> kinds.add(type(kind)));
            Optional<SeenRecord.Traits> traits = record.has("category") ? Optional.of(new SeenRecord.Traits(text(record, "category"),
                    text(record, "source"), record.has("first_seen") ? Optional.of(LocalDate.parse(text(record, "first_seen"))) : Optional.empty()))
                    : Optional.empty();
            records.add(new SeenRecord(text(record, "pack"), text(record, "record"), kinds, traits));
        }
        return new CheckHistory(Instant.parse(text(node, "checked_at")), packs, records);
    }

    private static IdentifierType type(JsonNode node) {
        return IdentifierType.fromId(node.asText()).orElseThrow(() -> new IllegalArgumentException("unknown kind"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asText();
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " is not an array");
        }
        return value;
    }
}
