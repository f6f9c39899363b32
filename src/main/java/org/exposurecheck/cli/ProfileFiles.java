package org.exposurecheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.exposurecheck.app.ProfileCodec;
import org.exposurecheck.match.Profile;
import org.exposurecheck.base.Json;
import org.exposurecheck.base.SmallFiles;
import org.exposurecheck.pack.ingest.BoundedLineReader;

/** Reads profiles: one JSON object per file ({@code --profile}) or per line ({@code --profiles}). */
final class ProfileFiles {
    /** A profile lists a person's own details: a few hundred bytes. */
    private static final int MAX_PROFILE_BYTES = 1 << 20;
    private ProfileFiles() {
    }

    static Profile readOne(Path file) {
        try {
            return ProfileCodec.read(Json.MAPPER.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(SmallFiles.readString(file, StandardCharsets.UTF_8, MAX_PROFILE_BYTES)), folderOf(file));
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

    /** Streams profiles with their line numbers; a bad line goes to {@code problems} with its line number and reading goes on. */
    static void readEach(Path file, BiConsumer<Long, Profile> profiles, BiConsumer<Long, String> problems) {
        try (BoundedLineReader reader = new BoundedLineReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            BoundedLineReader.Line next;
            long number = 0;
            while ((next = reader.next()) != null) {
                number++;
                if (next.tooLong()) {
                    problems.accept(number, "is longer than " + BoundedLineReader.MAX_LINE_CHARS + " characters");
                    continue;
                }
                String line = next.text();
                if (line.isBlank()) {
                    continue;
                }
                Profile profile;
                try {
                    profile = ProfileCodec.read(Json.MAPPER.readTree(line), folderOf(file));
                } catch (JsonProcessingException broken) {
                    problems.accept(number, "not valid JSON");
                    continue;
                } catch (IllegalArgumentException invalid) {
                    problems.accept(number, invalid.getMessage());
                    continue;
                }
                profiles.accept(number, profile);
            }
        } catch (NoSuchFileException missing) {
            throw new UserError("The profiles file " + file + " does not exist.");
        } catch (IOException failed) {
            throw new UserError("Could not read " + file + ": " + failed.getMessage() + ".");
        }
    }


    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of("");
    }
}
