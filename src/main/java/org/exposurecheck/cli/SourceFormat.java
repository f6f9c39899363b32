package org.exposurecheck.cli;

import java.nio.file.Path;
import org.exposurecheck.pack.ingest.CsvSource;
import org.exposurecheck.pack.ingest.JsonlSource;
import org.exposurecheck.pack.ingest.RecordSource;

/** The source formats {@code pack build --format} reads. */
enum SourceFormat {
    jsonl, csv;

    RecordSource open(Path input) {
        return switch (this) {
            case jsonl -> new JsonlSource(input);
            case csv -> new CsvSource(input);
        };
    }
}
