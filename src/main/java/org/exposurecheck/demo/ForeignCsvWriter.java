package org.exposurecheck.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.pack.ingest.SourceRecord;

/**
 * Writes the records as a spreadsheet with its own headers, half Chinese, as a volunteer's sheet would
 * have them ({@code records-foreign.csv}, with a UTF-8 byte-order mark as Excel saves it), and
 * {@code csv-mapping.json} that maps those headers to types. The photo column names the leak's headshot
 * files, when faces were drawn.
 */
final class ForeignCsvWriter {
    /** Header → type or record field, in column order. */
    private static final Map<String, String> COLUMNS = columns();

    private ForeignCsvWriter() {
    }

    /** {@code photoFolder}: where the leak's headshots are, relative to the CSV, or null when none were drawn. */
    static void write(Path dir, SyntheticDataset dataset, String photoFolder) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(dir.resolve("records-foreign.csv"), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT)) {
            csv.print("\uFEFF" + "Ref No.");
            for (String header : COLUMNS.keySet().stream().skip(1).toList()) {
                csv.print(header);
            }
            csv.println();
            for (SourceRecord record : dataset.records()) {
                Map<String, String> cells = record.identifiers().stream().collect(Collectors.groupingBy(
                        identifier -> identifier.type().id(), Collectors.mapping(Identifier::value, Collectors.joining(";"))));
                cells.put("id", record.sourceId());
                cells.put("source", record.source());
                cells.put("category", record.category());
                cells.put("first_seen", record.firstSeen().toString());
                cells.put("last_seen", record.lastSeen().toString());
                if (photoFolder != null && dataset.recordFace(record.sourceId()).isPresent()) {
                    cells.put(IdentifierType.PHOTO.id(), photoFolder + "/" + record.sourceId() + ".jpg");
                }
                List<String> row = new ArrayList<>();
                COLUMNS.values().forEach(target -> row.add(Objects.requireNonNullElse(cells.get(target), "")));
                csv.printRecord(row);
            }
        }
        StringBuilder mapping = new StringBuilder("{\n  \"columns\": {\n");
        List<String> entries = new ArrayList<>();
        COLUMNS.forEach((header, target) -> entries.add("    \"" + header + "\": \"" + target + "\""));
        mapping.append(String.join(",\n", entries)).append("\n  }\n}\n");
        Files.writeString(dir.resolve("csv-mapping.json"), mapping, StandardCharsets.UTF_8);
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Ref No.", "id");
        columns.put("Mirror", "source");
        columns.put("類別", "category");
        columns.put("Posted", "first_seen");
        columns.put("Updated", "last_seen");
        columns.put("Full Name 姓名", "name");
        columns.put("手機", IdentifierType.PHONE.id());
        columns.put("身份證號碼", IdentifierType.HKID.id());
        columns.put("E-mail Address", IdentifierType.EMAIL.id());
        columns.put("住址", IdentifierType.ADDRESS.id());
        columns.put("D.O.B.", IdentifierType.DOB.id());
        columns.put("IG / FB", IdentifierType.HANDLE.id());
        columns.put("公司/學校", IdentifierType.EMPLOYER.id());
        columns.put("車牌", IdentifierType.PLATE.id());
        columns.put("Photo", IdentifierType.PHOTO.id());
        return columns;
    }
}
