package org.exposurecheck.pack.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.photo.PhotoHash;

/**
 * A Telegram Desktop export of a channel or chat ({@code result.json} and its {@code photos/} folder):
 * one record per post, its identifiers found in the post's text ({@link FreeTextExtractor}), its attached
 * photo fingerprinted, its date as first and last seen. The file is read as a stream, one message at a
 * time; if it breaks off or turns invalid, the posts before that point are kept and the report says where.
 * The channel's name is not used as the source label: doxxing channels name themselves with slurs.
 */
public final class TelegramExportSource implements RecordSource {
    private static final String NOT_INCLUDED = "(File not included";

    private final Path input;
    private final FreeTextExtractor extractor;

    public TelegramExportSource(Path input, Map<IdentifierType, List<String>> labelOverrides) {
        this.input = input;
        this.extractor = new FreeTextExtractor(labelOverrides);
    }

    @Override
    public void read(Consumer<SourceRecord> records, Consumer<SourceIssue> issues) throws SourceException {
        Path file = Files.isDirectory(input) ? input.resolve("result.json") : input;
        PhotoFiles photos = new PhotoFiles(file.toAbsolutePath().getParent());
        Reading reading = new Reading(records, issues, photos);
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new SourceException(file + " is not a Telegram export: it does not start with a JSON object.");
            }
            reading.chat(parser);
        } catch (NoSuchFileException | FileNotFoundException missing) {
            throw new SourceException("The Telegram export " + file + " does not exist (give result.json or the export's folder).");
        } catch (JsonProcessingException broken) {
            issues.accept(new SourceIssue("result.json line " + broken.getLocation().getLineNr(), "not valid JSON from here on"
                    + (reading.lastPost == null ? "" : " (after post " + reading.lastPost + ")") + "; the rest of the export was not read"));
        } catch (IOException failed) {
            throw new SourceException("Could not read " + file + ": " + failed.getMessage() + ".", failed);
        }
    }

    /** One pass over the export. */
    private final class Reading {
        final Consumer<SourceRecord> records;
        final Consumer<SourceIssue> issues;
        final PhotoFiles photos;
        String lastPost;

        Reading(Consumer<SourceRecord> records, Consumer<SourceIssue> issues, PhotoFiles photos) {
            this.records = records;
            this.issues = issues;
            this.photos = photos;
        }

        /** A chat object: its messages, and in a full-account export, the chats listed under "chats". */
        void chat(JsonParser parser) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("messages") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        message(parser.readValueAsTree());
                    }
                } else if (field.equals("chats") && value == JsonToken.START_OBJECT) {
                    chats(parser);
                } else {
                    parser.skipChildren();
                }
            }
        }

        void chats(JsonParser parser) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("list") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        chat(parser);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }

        void message(JsonNode message) {
            if (!"message".equals(message.path("type").asText())) {
                return;
            }
            String id = message.path("id").asText("");
            String location = "post " + (id.isEmpty() ? "(without id)" : id);
            lastPost = id;
            StringBuilder text = new StringBuilder();
            JsonNode body = message.has("text_entities") ? message.get("text_entities") : message.get("text");
            if (!appendText(body, text)) {
                issues.accept(new SourceIssue(location, "its text is neither a string nor a list of text entities; post skipped"));
                return;
            }
            List<PhotoHash> hashes = new ArrayList<>();
            photo(message, location).ifPresent(hashes::add);
            LocalDate posted = date(message.path("date").asText(null));
            LocalDate edited = date(message.path("edited").asText(null));
            records.accept(new SourceRecord(location, "post-" + id, null, null, posted, edited != null ? edited : posted,
                    extractor.extract(text.toString()), hashes));
        }

        /** Plain text, or Telegram's list of strings and entities ({"type": "phone", "text": …}); link targets too. */
        boolean appendText(JsonNode node, StringBuilder text) {
            if (node == null || node.isNull()) {
                return true;
            }
            if (node.isTextual()) {
                text.append(node.asText());
                return true;
            }
            if (!node.isArray()) {
                return false;
            }
            for (JsonNode part : node) {
                if (part.isTextual()) {
                    text.append(part.asText());
                } else if (part.isObject()) {
                    text.append(part.path("text").asText(""));
                    if (part.hasNonNull("href")) {
                        text.append(' ').append(part.get("href").asText()).append(' ');
                    }
                } else {
                    return false;
                }
            }
            return true;
        }

        /** The post's photo, or an image sent as a file. */
        Optional<PhotoHash> photo(JsonNode message, String location) {
            String path = message.path("photo").asText(null);
            if (path == null && message.path("mime_type").asText("").startsWith("image/")) {
                path = message.path("file").asText(null);
            }
            if (path == null) {
                return Optional.empty();
            }
            if (path.startsWith(NOT_INCLUDED)) {
                issues.accept(new SourceIssue(location, "its photo was not included in the export; export again with photos"));
                return Optional.empty();
            }
            return photos.hash(path, location, issues);
        }

        LocalDate date(String value) {
            if (value == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
