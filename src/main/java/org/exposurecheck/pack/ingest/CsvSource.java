package org.exposurecheck.pack.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;

/**
 * A spreadsheet export: a header row naming each column's identifier type ({@code name, phone, …}) or
 * record field ({@code id, source, category, first_seen, last_seen}); several values in one cell are
 * separated by {@code ;}. With a mapping, the headers may be the spreadsheet's own ("Full name", "手機"),
 * each mapped to a type or field. A {@code photo} cell is an image path relative to the CSV file. Commons
 * CSV parses each record; this class only finds record boundaries, so
 * one line with a stray quote is skipped instead of swallowing the rest of the file.
 */
public final class CsvSource implements RecordSource {
    private static final int MAX_LINES_PER_RECORD = 20;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

    private final Path file;
    private final Map<String, String> mappedColumns;

    public CsvSource(Path file) {
        this(file, Map.of());
    }

    /** A spreadsheet with its own headers: {@code columns} maps each header (any case) to a type or record field. */
    public CsvSource(Path file, Map<String, String> columns) {
        this.file = file;
        this.mappedColumns = columns;
    }

    @Override
    public void read(Consumer<SourceRecord> records, Consumer<SourceIssue> issues) throws SourceException {
        try (BoundedLineReader reader = new BoundedLineReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            BoundedLineReader.Line headerLine = reader.next();
            if (headerLine == null) {
                throw new SourceException("The CSV file " + file + " is empty.");
            }
            if (headerLine.tooLong()) {
                throw new SourceException("The first line of the CSV file " + file + " is longer than " + BoundedLineReader.MAX_LINE_CHARS
                        + " characters, so it is not a header.");
            }
            List<Column> columns = header(headerLine.text().replace("\uFEFF", ""), issues);
            PhotoFiles photos = new PhotoFiles(file.toAbsolutePath().getParent());
            Deque<NumberedLine> replay = new ArrayDeque<>();
            List<NumberedLine> pending = new ArrayList<>();
            long lastRead = 1;
            while (true) {
                NumberedLine line = replay.pollFirst();
                if (line == null) {
                    BoundedLineReader.Line text = reader.next();
                    if (text != null && text.tooLong()) {
                        issues.accept(new SourceIssue("line " + ++lastRead, "is longer than " + BoundedLineReader.MAX_LINE_CHARS + " characters; line skipped"));
                        continue;
                    }
                    line = text == null ? null : new NumberedLine(++lastRead, text.text());
                }
                if (line == null && pending.isEmpty()) {
                    break;
                }
                if (line != null) {
                    pending.add(line);
                    if (!balanced(pending) && pending.size() < MAX_LINES_PER_RECORD) {
                        continue;
                    }
                }
                if (!balanced(pending)) {
                    // A stray quote: skip its line and read the lines after it again, one by one.
                    issues.accept(new SourceIssue("line " + pending.get(0).number(), "has an unmatched quote; line skipped"));
                    for (int i = pending.size() - 1; i >= 1; i--) {
                        replay.addFirst(pending.get(i));
                    }
                    pending.clear();
                    continue;
                }
                String text = pending.stream().map(NumberedLine::text).collect(Collectors.joining("\n"));
                String location = "line " + pending.get(0).number();
                pending.clear();
                if (!text.isBlank()) {
                    row(location, text, columns, record -> records.accept(photos.withPhotoHashes(record, issues)), issues);
                }
            }
        } catch (IOException failed) {
            throw TextFiles.unreadable(file, failed);
        }
    }

    private record NumberedLine(long number, String text) {
    }

    /** What one column holds: an identifier type, a record field, or nothing we use. */
    private record Column(IdentifierType type, String field) {
    }

    private List<Column> header(String line, Consumer<SourceIssue> issues) throws SourceException {
        CSVRecord header = parseOne(line).orElseThrow(() -> new SourceException("The CSV header row cannot be read."));
        List<Column> columns = new ArrayList<>();
        boolean anyIdentifier = false;
        for (String name : header) {
            String key = mappedColumns.isEmpty() ? name.trim().toLowerCase(Locale.ROOT)
                    : mappedColumns.getOrDefault(SourceMapping.normalColumn(name), "");
            Optional<IdentifierType> type = IdentifierType.fromId(key);
            if (type.isPresent()) {
                columns.add(new Column(type.get(), null));
                anyIdentifier = true;
            } else if (List.of(RecordFields.ID, RecordFields.SOURCE, RecordFields.CATEGORY, RecordFields.FIRST_SEEN,
                    RecordFields.LAST_SEEN).contains(key)) {
                columns.add(new Column(null, key));
            } else {
                columns.add(new Column(null, null));
                issues.accept(new SourceIssue("line 1", "column " + (columns.size()) + " is not an identifier type or record field; ignored"));
            }
        }
        if (!anyIdentifier) {
            throw new SourceException(mappedColumns.isEmpty()
                    ? "The CSV header names no identifier column; the first row must name columns such as name, phone, hkid, or use --mapping."
                    : "No column of the CSV header is mapped to an identifier type by the mapping's \"columns\".");
        }
        return columns;
    }

    private static void row(String location, String text, List<Column> columns, Consumer<SourceRecord> records,
                            Consumer<SourceIssue> issues) {
        Optional<CSVRecord> parsed = parseOne(text);
        if (parsed.isEmpty()) {
            issues.accept(new SourceIssue(location, "cannot be read as CSV; line skipped"));
            return;
        }
        CSVRecord row = parsed.get();
        if (row.size() != columns.size()) {
            issues.accept(new SourceIssue(location, "has " + row.size() + " fields but the header has " + columns.size() + "; line skipped"));
            return;
        }
        List<Identifier> identifiers = new ArrayList<>();
        String id = null;
        String source = null;
        String category = null;
        String firstSeen = null;
        String lastSeen = null;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String cell = row.get(i);
            if (column.type() != null) {
                for (String value : cell.split(";")) {
                    if (!value.isBlank()) {
                        identifiers.add(new Identifier(column.type(), value.trim()));
                    }
                }
            } else if (column.field() != null) {
                switch (column.field()) {
                    case RecordFields.ID -> id = RecordFields.blankToNull(cell);
                    case RecordFields.SOURCE -> source = RecordFields.blankToNull(cell);
                    case RecordFields.CATEGORY -> category = RecordFields.blankToNull(cell);
                    case RecordFields.FIRST_SEEN -> firstSeen = cell;
                    default -> lastSeen = cell;
                }
            }
        }
        try {
            LocalDate first = RecordFields.date(RecordFields.FIRST_SEEN, firstSeen).orElse(null);
            LocalDate last = RecordFields.date(RecordFields.LAST_SEEN, lastSeen).orElse(null);
            records.accept(new SourceRecord(location, id, source, category, first, last, identifiers));
        } catch (IllegalArgumentException invalid) {
            issues.accept(new SourceIssue(location, invalid.getMessage() + "; line skipped"));
        }
    }

    private static Optional<CSVRecord> parseOne(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<CSVRecord> rows = parser.getRecords();
            return rows.size() == 1 ? Optional.of(rows.get(0)) : Optional.empty();
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            return Optional.empty();
        }
    }

    /** True when the lines hold an even number of quote characters, i.e. no quoted field is left open. */
    private static boolean balanced(List<NumberedLine> lines) {
        long quotes = lines.stream().mapToLong(l -> l.text().chars().filter(c -> c == '"').count()).sum();
        return quotes % 2 == 0;
    }
}
