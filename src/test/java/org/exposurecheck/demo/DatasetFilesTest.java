package org.exposurecheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.match.Profile;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.ingest.CsvSource;
import org.exposurecheck.pack.ingest.JsonlSource;
import org.exposurecheck.pack.ingest.RecordSource;
import org.exposurecheck.pack.ingest.SourceException;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFilesTest {
    private static final SyntheticDataset DATA = SyntheticDataset.generate(400, 80, 21);

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws IOException {
        DATA.writeTo(dir);
    }

    static List<String> lines(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    }

    static List<SourceRecord> read(RecordSource source) throws SourceException {
        List<SourceRecord> records = new ArrayList<>();
        source.read(records::add, issue -> {
            throw new AssertionError(issue.toString());
        });
        return records;
    }

    @Test
    void writesTheFiveFiles() throws IOException {
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("records.jsonl", "records.csv", "personas.jsonl", "truth.jsonl", "README.txt");
        }
    }

    @Test
    void recordsJsonlHasTheContractShapeAndReadsBack() throws Exception {
        JsonNode first = Json.MAPPER.readTree(lines("records.jsonl").get(0));
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "source", "category", "first_seen", "last_seen", "identifiers");
        assertThat(first.get("first_seen").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode identifier = first.get("identifiers").get(0);
        assertThat(identifier.get("type").asText()).isEqualTo("name");
        assertThat(identifier.get("value").asText()).isNotBlank();

        List<SourceRecord> read = read(new JsonlSource(dir.resolve("records.jsonl")));
        assertThat(read).hasSize(DATA.records().size());
        for (int i = 0; i < read.size(); i++) {
            SourceRecord expected = DATA.records().get(i);
            SourceRecord actual = read.get(i);
            assertThat(actual.sourceId()).isEqualTo(expected.sourceId());
            assertThat(actual.source()).isEqualTo(expected.source());
            assertThat(actual.category()).isEqualTo(expected.category());
            assertThat(actual.firstSeen()).isEqualTo(expected.firstSeen());
            assertThat(actual.lastSeen()).isEqualTo(expected.lastSeen());
            assertThat(actual.identifiers()).isEqualTo(expected.identifiers());
        }
    }

    @Test
    void recordsCsvHoldsTheSameRecords() throws Exception {
        assertThat(lines("records.csv").get(0))
                .isEqualTo("id,source,category,first_seen,last_seen,name,hkid,phone,email,address,dob,handle,plate,employer");
        List<SourceRecord> read = read(new CsvSource(dir.resolve("records.csv")));
        assertThat(read).hasSize(DATA.records().size());
        Comparator<Identifier> byTypeThenValue = Comparator.comparing(Identifier::type).thenComparing(Identifier::value);
        for (int i = 0; i < read.size(); i++) {
            SourceRecord expected = DATA.records().get(i);
            SourceRecord actual = read.get(i);
            assertThat(actual.sourceId()).isEqualTo(expected.sourceId());
            assertThat(actual.source()).isEqualTo(expected.source());
            assertThat(actual.category()).isEqualTo(expected.category());
            assertThat(actual.firstSeen()).isEqualTo(expected.firstSeen());
            assertThat(actual.lastSeen()).isEqualTo(expected.lastSeen());
            assertThat(actual.identifiers().stream().sorted(byTypeThenValue).toList())
                    .isEqualTo(expected.identifiers().stream().sorted(byTypeThenValue).toList());
        }
    }

    @Test
    void personasJsonlHoldsOneProfilePerLine() throws Exception {
        List<String> lines = lines("personas.jsonl");
        assertThat(lines).hasSize(DATA.personas().size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node = Json.MAPPER.readTree(lines.get(i));
            Profile expected = DATA.personas().get(i);
            assertThat(node.get("label").asText()).isEqualTo(expected.label());
            assertThat(JsonlSource.identifiers(node)).isEqualTo(expected.identifiers());
        }
    }

    @Test
    void truthJsonlNamesKindsAndRecords() throws Exception {
        List<String> lines = lines("truth.jsonl");
        assertThat(lines).hasSize(DATA.truth().size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node = Json.MAPPER.readTree(lines.get(i));
            TruthEntry expected = DATA.truth().get(i);
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("label", "kind", "records", "note");
            assertThat(node.get("label").asText()).isEqualTo(expected.label());
            assertThat(node.get("kind").asText()).isIn("exposed", "hard-negative", "absent").isEqualTo(expected.kind().id());
            List<String> records = new ArrayList<>();
            node.get("records").forEach(id -> records.add(id.asText()));
            assertThat(records).isEqualTo(expected.recordIds());
            assertThat(node.get("note").asText()).isEqualTo(expected.note());
        }
    }

    @Test
    void readmeSaysTheDataIsFictionalWithSeedAndSizes() throws IOException {
        String readme = Files.readString(dir.resolve("README.txt"));
        assertThat(readme).containsIgnoringCase("fictional").contains("Exposure Check").contains("Seed: 21")
                .contains("Records: 400").contains("Personas: 80");
    }
}
