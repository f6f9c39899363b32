package org.exposurecheck.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.Profile;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.ingest.SourceRecord;

/** Writes a {@link SyntheticDataset} in the formats the pack builder and {@code check --profiles} read (DESIGN §4). */
final class DatasetFiles {
    private static final String RECORDS_JSONL = "records.jsonl";
    private static final String RECORDS_CSV = "records.csv";
    private static final String PERSONAS_JSONL = "personas.jsonl";
    private static final String TRUTH_JSONL = "truth.jsonl";
    private static final String README = "README.txt";
    private static final List<IdentifierType> CSV_TYPES = List.of(IdentifierType.NAME, IdentifierType.HKID, IdentifierType.PHONE,
            IdentifierType.EMAIL, IdentifierType.ADDRESS, IdentifierType.DOB, IdentifierType.HANDLE, IdentifierType.PLATE,
            IdentifierType.EMPLOYER);

    private DatasetFiles() {
    }

    private static final String LEAK_PHOTOS = "photos";
    private static final String PERSONA_FACES = "faces";

    static void write(Path dir, SyntheticDataset dataset, Set<DatasetFormat> formats) throws IOException {
        Files.createDirectories(dir);
        boolean photos = formats.stream().anyMatch(DatasetFormat::hasPhotos);
        if (photos && (formats.contains(DatasetFormat.JSONL) || formats.contains(DatasetFormat.FOREIGN_CSV))) {
            writeLeakPhotos(dir.resolve(LEAK_PHOTOS), dataset);
        }
        if (formats.contains(DatasetFormat.JSONL)) {
            writeLines(dir.resolve(RECORDS_JSONL), dataset.records().stream().map(record -> recordJson(record,
                    photos ? dataset.recordFace(record.sourceId()).map(face -> LEAK_PHOTOS + "/" + record.sourceId() + ".jpg") : Optional.empty()))
                    .toList());
        }
        if (formats.contains(DatasetFormat.CSV)) {
            writeCsv(dir.resolve(RECORDS_CSV), dataset.records());
        }
        if (formats.contains(DatasetFormat.FOREIGN_CSV)) {
            ForeignCsvWriter.write(dir, dataset, photos ? LEAK_PHOTOS : null);
        }
        if (formats.contains(DatasetFormat.TELEGRAM)) {
            TelegramExportWriter.write(dir.resolve("telegram"), dataset);
        }
        if (formats.contains(DatasetFormat.SITE)) {
            LeakSiteWriter.write(dir, dataset);
        }
        if (photos) {
            writePersonaFaces(dir.resolve(PERSONA_FACES), dataset);
        }
        writeLines(dir.resolve(PERSONAS_JSONL), dataset.personas().stream().map(persona -> personaJson(persona,
                photos ? dataset.personaPhoto(persona.label()).map(photo -> PERSONA_FACES + "/" + persona.label() + ".jpg") : Optional.empty()))
                .toList());
        writeLines(dir.resolve(TRUTH_JSONL), dataset.truth().stream().map(DatasetFiles::truthJson).toList());
        Files.writeString(dir.resolve(README), readme(dataset, formats), StandardCharsets.UTF_8);
    }

    /** The leak's copy of a headshot: the drawn face as a JPEG, as a leak site would serve it. */
    static byte[] leakPhoto(long face) {
        return PhotoVariant.jpeg(SyntheticFace.draw(face), 0.85f);
    }

    private static void writeLeakPhotos(Path dir, SyntheticDataset dataset) throws IOException {
        Files.createDirectories(dir);
        for (SourceRecord record : dataset.records()) {
            Optional<Long> face = dataset.recordFace(record.sourceId());
            if (face.isPresent()) {
                Files.write(dir.resolve(record.sourceId() + ".jpg"), leakPhoto(face.get()));
            }
        }
    }

    /** Each persona's own copy: the same face changed as copies change (rescaled, recompressed, cropped …). */
    private static void writePersonaFaces(Path dir, SyntheticDataset dataset) throws IOException {
        Files.createDirectories(dir);
        for (Profile persona : dataset.personas()) {
            Optional<SyntheticDataset.PersonaPhoto> photo = dataset.personaPhoto(persona.label());
            if (photo.isPresent()) {
                Files.write(dir.resolve(persona.label() + ".jpg"),
                        PhotoVariant.jpeg(photo.get().variant().apply(SyntheticFace.draw(photo.get().face())), 0.8f));
            }
        }
    }

    private static ObjectNode recordJson(SourceRecord record, Optional<String> photo) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", record.sourceId());
        node.put("source", record.source());
        node.put("category", record.category());
        node.put("first_seen", record.firstSeen().toString());
        node.put("last_seen", record.lastSeen().toString());
        ArrayNode identifiers = identifiersJson(record.identifiers());
        photo.ifPresent(path -> identifiers.addObject().put("type", IdentifierType.PHOTO.id()).put("value", path));
        node.set("identifiers", identifiers);
        return node;
    }

    private static ObjectNode personaJson(Profile profile, Optional<String> photo) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("label", profile.label());
        ArrayNode identifiers = identifiersJson(profile.identifiers());
        photo.ifPresent(path -> identifiers.addObject().put("type", IdentifierType.PHOTO.id()).put("value", path));
        node.set("identifiers", identifiers);
        return node;
    }

    private static ObjectNode truthJson(TruthEntry entry) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("label", entry.label());
        node.put("kind", entry.kind().id());
        ArrayNode records = node.putArray("records");
        entry.recordIds().forEach(records::add);
        node.put("note", entry.note());
        return node;
    }

    private static ArrayNode identifiersJson(List<Identifier> identifiers) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (Identifier identifier : identifiers) {
            list.addObject().put("type", identifier.type().id()).put("value", identifier.value());
        }
        return list;
    }

    private static void writeLines(Path file, List<ObjectNode> lines) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ObjectNode line : lines) {
                writer.write(Json.MAPPER.writeValueAsString(line));
                writer.write('\n');
            }
        }
    }

    /** One row per record; several values of one type share a cell, separated by ";" as the CSV reader expects. */
    private static void writeCsv(Path file, List<SourceRecord> records) throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "source", "category", "first_seen", "last_seen"));
        CSV_TYPES.forEach(type -> header.add(type.id()));
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (SourceRecord record : records) {
                Map<IdentifierType, String> cells = record.identifiers().stream().collect(Collectors.groupingBy(
                        Identifier::type, Collectors.mapping(Identifier::value, Collectors.joining(";"))));
                List<String> row = new ArrayList<>(List.of(record.sourceId(), record.source(), record.category(),
                        record.firstSeen().toString(), record.lastSeen().toString()));
                CSV_TYPES.forEach(type -> row.add(Objects.requireNonNullElse(cells.get(type), "")));
                csv.printRecord(row);
            }
        }
    }

    private static String readme(SyntheticDataset dataset, Set<DatasetFormat> formats) {
        Map<TruthEntry.Kind, Long> kinds = dataset.truth().stream()
                .collect(Collectors.groupingBy(TruthEntry::kind, Collectors.counting()));
        return String.join("\n",
                "FICTIONAL DATA - generated by Exposure Check (demo generate).",
                "",
                "Every person, name, building, employer and record in these files is invented. No real leak",
                "data was used. Phone numbers and e-mail addresses are drawn at random in valid formats, so one",
                "may happen to belong to someone real: do not call, write to or look up any of them.",
                "",
                "Seed: " + dataset.seed(),
                "Records: " + dataset.records().size(),
                "Personas: " + dataset.personas().size() + " (" + PERSONAS_JSONL + "): "
                        + kinds.getOrDefault(TruthEntry.Kind.EXPOSED, 0L) + " exposed, "
                        + kinds.getOrDefault(TruthEntry.Kind.HARD_NEGATIVE, 0L) + " hard negatives, "
                        + kinds.getOrDefault(TruthEntry.Kind.ABSENT, 0L) + " absent",
                "Ground truth: " + TRUTH_JSONL + " (one line per persona, same order)",
                "Formats: " + formats.stream().map(DatasetFormat::id).sorted().collect(Collectors.joining(", "))
                        + " (docs/ingest.md); faces are drawn by the generator, never photographs of anyone.",
                "");
    }
}
