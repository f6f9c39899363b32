package org.exposurecheck.ui.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.Json;
import org.exposurecheck.pack.ingest.JsonlSource;

/** The fictional personas that come with the demo pack, and whether each is in it, for trainers' demos. */
public final class DemoPersonas {
    private static final String PERSONAS = "/org/exposurecheck/demo/demo-personas.jsonl";
    private static final String TRUTH = "/org/exposurecheck/demo/demo-truth.jsonl";

    /** A persona and how it relates to the demo data: "exposed", "hard-negative" or "absent". */
    public record Persona(Profile profile, String kind) {
        /** The first name the persona would type, to tell personas apart in a list. */
        public String displayName() {
            return profile.identifiers().stream().filter(id -> id.type() == org.exposurecheck.identity.IdentifierType.NAME)
                    .map(org.exposurecheck.identity.Identifier::value).findFirst().orElse(profile.label());
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
            String label = node.get("label").asText();
            personas.add(new Persona(new Profile(label, JsonlSource.identifiers(node)), kinds.getOrDefault(label, "absent")));
        }
        return personas;
    }

    private static List<JsonNode> lines(String resource) {
        try (InputStream in = DemoPersonas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<JsonNode> nodes = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    nodes.add(Json.MAPPER.readTree(line));
                }
            }
            return nodes;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
