package org.exposurecheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.Json;
import org.exposurecheck.pack.ingest.JsonlSource;

/** Reads profiles: one JSON object per file ({@code --profile}) or per line ({@code --profiles}). */
final class ProfileFiles {
    private ProfileFiles() {
    }

    static Profile readOne(Path file) {
        try {
            return parse(Json.MAPPER.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException missing) {
            throw new UserError("The profile file " + file + " does not exist.");
        } catch (JsonProcessingException broken) {
            throw new UserError("The profile file " + file + " is not one valid JSON object; use --profiles for one profile per line.");
        } catch (IOException failed) {
            throw new UserError("Could not read " + file + ": " + failed.getMessage() + ".");
        } catch (IllegalArgumentException invalid) {
            throw new UserError("The profile in " + file + " " + invalid.getMessage() + ".");
        }
    }

    /** Streams profiles; a bad line goes to {@code problems} with its line number and reading goes on. */
    static void readEach(Path file, Consumer<Profile> profiles, BiConsumer<Long, String> problems) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Profile profile;
                try {
                    profile = parse(Json.MAPPER.readTree(line));
                } catch (JsonProcessingException broken) {
                    problems.accept(number, "not valid JSON");
                    continue;
                } catch (IllegalArgumentException invalid) {
                    problems.accept(number, invalid.getMessage());
                    continue;
                }
                profiles.accept(profile);
            }
        } catch (NoSuchFileException missing) {
            throw new UserError("The profiles file " + file + " does not exist.");
        } catch (IOException failed) {
            throw new UserError("Could not read " + file + ": " + failed.getMessage() + ".");
        }
    }

    private static Profile parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("is not a JSON object");
        }
        JsonNode label = node.get("label");
        return new Profile(label != null && label.isValueNode() ? label.asText() : "", JsonlSource.identifiers(node));
    }
}
