package org.exposurecheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.ingest.SourceMapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFormatsTest {
    private static final SyntheticDataset DATA = SyntheticDataset.generate(30, 12, 3);

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws Exception {
        DATA.writeTo(dir, EnumSet.allOf(DatasetFormat.class));
    }

    @Test
    void everyFormatIsWrittenWithItsMapping() throws Exception {
        for (String file : List.of("records.jsonl", "records.csv", "records-foreign.csv", "csv-mapping.json", "telegram/result.json",
                "site/index.html", "site/people/src-1.html", "site-mapping.json", "personas.jsonl", "truth.jsonl", "README.txt")) {
            assertThat(dir.resolve(file)).as(file).isRegularFile();
        }
        assertThat(SourceMapping.read(dir.resolve("site-mapping.json")).page()).isPresent();
        assertThat(SourceMapping.read(dir.resolve("csv-mapping.json")).columns()).containsEntry("手機", "phone");
    }

    @Test
    void personasNameTheirOwnPhotosAndRecordsTheirHeadshots() throws Exception {
        List<String> personaPhotos = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("personas.jsonl"), StandardCharsets.UTF_8)) {
            for (JsonNode identifier : Json.MAPPER.readTree(line).get("identifiers")) {
                if (identifier.get("type").asText().equals("photo")) {
                    personaPhotos.add(identifier.get("value").asText());
                }
            }
        }
        assertThat(personaPhotos).isNotEmpty().allSatisfy(path -> assertThat(dir.resolve(path)).isRegularFile());
        long recordPhotos = DATA.records().stream().filter(record -> DATA.recordFace(record.sourceId()).isPresent()).count();
        assertThat(recordPhotos).isBetween(5L, 25L);
        try (var files = Files.list(dir.resolve("site/photos"))) {
            assertThat(files.count()).isEqualTo(recordPhotos);
        }
    }

    @Test
    void telegramPostsCarryTheIdsTheScoreExpects() throws Exception {
        JsonNode export = Json.MAPPER.readTree(dir.resolve("telegram/result.json").toFile());
        List<String> posts = new ArrayList<>();
        export.get("messages").forEach(message -> posts.add("post-" + message.get("id").asText()));
        assertThat(posts).containsAll(DATA.sourceIdsIn(DatasetFormat.TELEGRAM).values());
    }

    /**
     * The bundled demo personas were generated with photos; photo choices use their own dice, so without photos
     * the same seed gives exactly the same personas, less their photos.
     */
    @Test
    void addingPhotosLeftEveryOtherChoiceOfASeedAsItWas() throws Exception {
        Path again = dir.resolve("demo-again");
        SyntheticDataset demo = SyntheticDataset.generate(240, 24, 2019);
        demo.writeTo(again);
        List<String> withoutPhotos = new ArrayList<>();
        List<String> bundledPhotos = new ArrayList<>();
        List<String> expectedPhotos = new ArrayList<>();
        try (var bundled = getClass().getResourceAsStream("/org/exposurecheck/demo/demo-personas.jsonl")) {
            for (String line : new String(bundled.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                ObjectNode persona = (ObjectNode) Json.MAPPER.readTree(line);
                ArrayNode identifiers = (ArrayNode) persona.get("identifiers");
                for (int i = identifiers.size() - 1; i >= 0; i--) {
                    if (identifiers.get(i).get("type").asText().equals("photo")) {
                        bundledPhotos.add(identifiers.remove(i).get("value").asText());
                    }
                }
                withoutPhotos.add(Json.MAPPER.writeValueAsString(persona));
                String label = persona.get("label").asText();
                if (demo.personaPhoto(label).isPresent()) {
                    expectedPhotos.add("faces/" + label + ".jpg");
                }
            }
        }
        assertThat(Files.readAllLines(again.resolve("personas.jsonl"), StandardCharsets.UTF_8)).isEqualTo(withoutPhotos);
        assertThat(bundledPhotos).isNotEmpty().isEqualTo(expectedPhotos);
    }
}
