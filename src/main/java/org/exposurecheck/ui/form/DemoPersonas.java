package org.exposurecheck.ui.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exposurecheck.app.PhotoFingerprints;
import org.exposurecheck.app.ProfileCodec;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.Profile;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.pack.photo.PhotoHasher;

/** The fictional personas that come with the demo pack, and whether each is in it, for trainers' demos. */
public final class DemoPersonas {
    private static final String FOLDER = "/org/exposurecheck/demo/";
    private static final String PERSONAS = FOLDER + "demo-personas.jsonl";
    private static final String TRUTH = FOLDER + "demo-truth.jsonl";

    /**
     * A persona: the details it would type, how it relates to the demo data ("exposed", "hard-negative" or
     * "absent"), and the application resource of its own photo (a generated face) if it brings one.
     */
    public record Persona(Profile profile, String kind, Optional<String> photo) {
        /** The first name the persona would type, to tell personas apart in a list. */
        public String displayName() {
            return profile.identifiers().stream().filter(id -> id.type() == IdentifierType.NAME)
                    .map(Identifier::value).findFirst().orElse(profile.label());
        }

        /**
         * The persona's photo fingerprinted as a photo the person adds is; the picture is read from inside the
         * application and never copied anywhere. Empty when the persona brings no photo.
         */
        public List<PhotoHash> photoProbes() throws PhotoHasher.NotAPhotoException {
            return photo.isPresent() ? PhotoFingerprints.of(resource(photo.get())) : List.of();
        }
    }

    private DemoPersonas() {
    }

    public static List<Persona> load() {
        Map<String, String> kinds = new HashMap<>();
        for (JsonNode truth : lines(TRUTH)) {
            kinds.put(truth.get("label").asText(), truth.get("kind").asText());
        }
        List<Persona> personas = new ArrayList<>();
        for (JsonNode node : lines(PERSONAS)) {
            ProfileCodec.Written written = ProfileCodec.read(node);
            // A photo's value is a path relative to the personas file, which the generator wrote beside it.
            Optional<String> photo = written.photoPaths().stream().reduce((first, later) -> later).map(path -> FOLDER + path);
            personas.add(new Persona(new Profile(written.label(), written.identifiers()), kinds.getOrDefault(written.label(), "absent"), photo));
        }
        return personas;
    }

    private static List<JsonNode> lines(String resource) {
        List<JsonNode> nodes = new ArrayList<>();
        try {
            for (String line : new String(resource(resource), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList()) {
                nodes.add(Json.MAPPER.readTree(line));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return nodes;
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoPersonas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
