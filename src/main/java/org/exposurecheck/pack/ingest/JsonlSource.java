package org.exposurecheck.pack.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.base.Json;

/**
 * Leak records one JSON object per line (DESIGN §4). Unknown keys are ignored; a bad line is reported and
 * skipped. A {@code photo} identifier's value is an image file's path relative to the input file.
 */
public final class JsonlSource implements RecordSource {
    private final Path file;

    public JsonlSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<SourceRecord> records, Consumer<SourceIssue> issues) throws SourceException {
        PhotoFiles photos = new PhotoFiles(file.toAbsolutePath().getParent());
        try (BoundedLineReader reader = new BoundedLineReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            BoundedLineReader.Line next;
            long number = 0;
            while ((next = reader.next()) != null) {
                number++;
                String location = "line " + number;
                if (next.tooLong()) {
                    issues.accept(new SourceIssue(location, "is longer than " + BoundedLineReader.MAX_LINE_CHARS + " characters; line skipped"));
                    continue;
                }
                String line = next.text();
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.accept(photos.withPhotoHashes(parse(location, Json.MAPPER.readTree(line)), issues));
                } catch (JsonProcessingException broken) {
                    issues.accept(new SourceIssue(location, "not valid JSON; line skipped"));
                } catch (IllegalArgumentException invalid) {
                    issues.accept(new SourceIssue(location, invalid.getMessage() + "; line skipped"));
                }
            }
        } catch (IOException failed) {
            throw TextFiles.unreadable(file, failed);
        }
    }

    /** Reads one record object; also used for profiles, which share the identifier list. */
    static SourceRecord parse(String location, JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return new SourceRecord(location, text(node, RecordFields.ID), text(node, RecordFields.SOURCE),
                text(node, RecordFields.CATEGORY),
                RecordFields.date(RecordFields.FIRST_SEEN, text(node, RecordFields.FIRST_SEEN)).orElse(null),
                RecordFields.date(RecordFields.LAST_SEEN, text(node, RecordFields.LAST_SEEN)).orElse(null),
                identifiers(node));
    }

    /** The {@code identifiers} array of a record or profile. */
    public static List<Identifier> identifiers(JsonNode node) {
        JsonNode list = node.get("identifiers");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("has no \"identifiers\" list");
        }
        List<Identifier> identifiers = new ArrayList<>();
        for (JsonNode entry : list) {
            String typeName = text(entry, "type");
            String value = text(entry, "value");
            Optional<IdentifierType> type = IdentifierType.fromId(typeName);
            if (type.isEmpty()) {
                throw new IllegalArgumentException("identifier type \"" + safe(typeName) + "\" is not one of name, hkid, phone, email, address, dob, handle, plate, employer, photo");
            }
            if (value == null) {
                throw new IllegalArgumentException("an identifier of type " + typeName + " has no text \"value\"");
            }
            identifiers.add(new Identifier(type.get(), value));
        }
        return identifiers;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    /** A type name echoed in a message: short and plain, so no personal value can ride along. */
    private static String safe(String typeName) {
        if (typeName == null) {
            return "(missing)";
        }
        return typeName.length() > 20 || !typeName.matches("[A-Za-z _.-]*") ? "(unreadable)" : typeName;
    }
}
