package org.exposurecheck.pack.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.base.Json;
import org.exposurecheck.base.SmallFiles;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * A curator's mapping file (docs/ingest.md): how a source's own names map to identifier types. One JSON
 * file with up to three sections — {@code labels} (Telegram: label words per type, replacing the default
 * labels of the types it names), {@code columns} (CSV: header → type or record field) and {@code page}
 * (WARC and HTML: CSS selectors per field of a profile page template).
 */
public record SourceMapping(Map<IdentifierType, List<String>> labels, Map<String, String> columns, Optional<PageMapping> page) {
    public static final SourceMapping NONE = new SourceMapping(Map.of(), Map.of(), Optional.empty());
    /** A mapping names a few columns, labels and selectors: a few kilobytes. */
    private static final int MAX_MAPPING_BYTES = 1 << 20;

    /** Record fields a column or a page selector may fill, besides identifier types. */
    static final List<String> RECORD_FIELDS = List.of(RecordFields.ID, RecordFields.SOURCE, RecordFields.CATEGORY,
            RecordFields.FIRST_SEEN, RecordFields.LAST_SEEN);

    /**
     * Where a profile page's fields are: {@code pages} (optional regular expression a page's URL or path
     * must contain), {@code record} (selector of one record's element; default {@code body}), {@code fields}
     * (type or record field → selector, optionally of an attribute) and {@code photo} (selector of the
     * {@code img} elements of the person's photos).
     */
    public record PageMapping(Pattern pages, String record, Map<String, FieldSelector> fields, String photo) {
    }

    /** A CSS selector; the value is each matching element's text, or the named attribute's value. */
    public record FieldSelector(String selector, String attribute) {
    }

    public static SourceMapping read(Path file) throws SourceException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(SmallFiles.readString(file, StandardCharsets.UTF_8, MAX_MAPPING_BYTES));
        } catch (NoSuchFileException missing) {
            throw new SourceException("The mapping file " + file + " does not exist.");
        } catch (JsonProcessingException broken) {
            throw new SourceException("The mapping file " + file + " is not valid JSON (line " + broken.getLocation().getLineNr() + ").");
        } catch (IOException failed) {
            throw new SourceException("Could not read the mapping file " + file + ": " + failed.getMessage() + ".");
        }
        if (root == null || !root.isObject()) {
            throw new SourceException("The mapping file " + file + " must hold one JSON object (docs/ingest.md).");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("labels", "columns", "page").contains(name)) {
                throw new SourceException("The mapping file has a section \"" + name + "\"; the sections are labels, columns and page.");
            }
        }
        return new SourceMapping(labels(root.get("labels")), columns(root.get("columns")), page(root.get("page")));
    }

    private static Map<IdentifierType, List<String>> labels(JsonNode node) throws SourceException {
        Map<IdentifierType, List<String>> labels = new EnumMap<>(IdentifierType.class);
        if (node == null) {
            return labels;
        }
        requireObject(node, "labels");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            IdentifierType type = type(entry.getKey(), "labels");
            if (type == IdentifierType.PHOTO) {
                throw new SourceException("The mapping's \"labels\" cannot name photo: photos come from a post's attached images.");
            }
            List<String> words = new ArrayList<>();
            if (!entry.getValue().isArray()) {
                throw new SourceException("The mapping's \"labels\" for " + type.id() + " must be a list of label words.");
            }
            for (JsonNode word : entry.getValue()) {
                if (!word.isTextual() || word.asText().isBlank()) {
                    throw new SourceException("The mapping's \"labels\" for " + type.id() + " must be a list of label words.");
                }
                words.add(word.asText().trim());
            }
            labels.put(type, List.copyOf(words));
        }
        return labels;
    }

    private static Map<String, String> columns(JsonNode node) throws SourceException {
        Map<String, String> columns = new LinkedHashMap<>();
        if (node == null) {
            return columns;
        }
        requireObject(node, "columns");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String target = entry.getValue().asText("").trim().toLowerCase(Locale.ROOT);
            if (IdentifierType.fromId(target).isEmpty() && !RECORD_FIELDS.contains(target)) {
                throw new SourceException("The mapping's \"columns\" maps \"" + entry.getKey() + "\" to \"" + target
                        + "\", which is neither an identifier type nor one of id, source, category, first_seen, last_seen.");
            }
            columns.put(normalColumn(entry.getKey()), target);
        }
        return columns;
    }

    /** Header names compare trimmed and case-insensitively. */
    static String normalColumn(String header) {
        return header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }

    private static Optional<PageMapping> page(JsonNode node) throws SourceException {
        if (node == null) {
            return Optional.empty();
        }
        requireObject(node, "page");
        Pattern pages = null;
        if (node.hasNonNull("pages")) {
            try {
                pages = Pattern.compile(node.get("pages").asText());
            } catch (PatternSyntaxException invalid) {
                throw new SourceException("The mapping's \"page\".\"pages\" is not a valid regular expression.");
            }
        }
        String record = node.hasNonNull("record") ? selector(node.get("record").asText(), "record") : "body";
        JsonNode fieldsNode = node.get("fields");
        if (fieldsNode == null || !fieldsNode.isObject() || fieldsNode.isEmpty()) {
            throw new SourceException("The mapping's \"page\" needs \"fields\": a selector for each identifier type the pages show.");
        }
        Map<String, FieldSelector> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fieldsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey().trim().toLowerCase(Locale.ROOT);
            if (name.equals(IdentifierType.PHOTO.id())) {
                throw new SourceException("The mapping's page \"fields\" cannot name photo: use \"photo\" with the selector of the img elements.");
            }
            if (IdentifierType.fromId(name).isEmpty() && !RECORD_FIELDS.contains(name)) {
                throw new SourceException("The mapping's page \"fields\" has \"" + name
                        + "\", which is neither an identifier type nor one of id, source, category, first_seen, last_seen.");
            }
            JsonNode value = entry.getValue();
            if (value.isTextual()) {
                fields.put(name, new FieldSelector(selector(value.asText(), name), null));
            } else if (value.isObject() && value.hasNonNull("selector")) {
                String attribute = value.hasNonNull("attribute") ? value.get("attribute").asText() : null;
                fields.put(name, new FieldSelector(selector(value.get("selector").asText(), name), attribute));
            } else {
                throw new SourceException("The mapping's page field \"" + name + "\" must be a CSS selector, or {\"selector\": …, \"attribute\": …}.");
            }
        }
        String photo = node.hasNonNull("photo") ? selector(node.get("photo").asText(), "photo") : null;
        return Optional.of(new PageMapping(pages, record, Map.copyOf(fields), photo));
    }

    private static String selector(String css, String field) throws SourceException {
        try {
            QueryParser.parse(css);
            return css;
        } catch (Selector.SelectorParseException | IllegalArgumentException invalid) {
            throw new SourceException("The mapping's selector for \"" + field + "\" is not a valid CSS selector.");
        }
    }

    private static IdentifierType type(String name, String section) throws SourceException {
        return IdentifierType.fromId(name).orElseThrow(() -> new SourceException("The mapping's \"" + section + "\" names \""
                + name + "\", which is not an identifier type (name, hkid, phone, email, address, dob, handle, plate, employer)."));
    }

    private static void requireObject(JsonNode node, String section) throws SourceException {
        if (!node.isObject()) {
            throw new SourceException("The mapping's \"" + section + "\" must be a JSON object (docs/ingest.md).");
        }
    }
}
