package org.exposurecheck.cli;

import java.nio.file.Path;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.ingest.CsvSource;
import org.exposurecheck.pack.ingest.HtmlFolderSource;
import org.exposurecheck.pack.ingest.JsonlSource;
import org.exposurecheck.pack.ingest.RecordSource;
import org.exposurecheck.pack.ingest.SourceMapping;
import org.exposurecheck.pack.ingest.TelegramExportSource;
import org.exposurecheck.pack.ingest.WarcSource;

/** The source formats {@code pack build --format} reads (docs/ingest.md). */
enum SourceFormat {
    jsonl, csv, telegram, warc, html;

    RecordSource open(Path input, SourceMapping mapping) throws ExplainedException {
        return switch (this) {
            case jsonl -> {
                if (mapping != SourceMapping.NONE) {
                    throw new UserError("--format jsonl reads the record format of DESIGN §4 and takes no --mapping.");
                }
                yield new JsonlSource(input);
            }
            case csv -> new CsvSource(input, mapping.columns());
            case telegram -> new TelegramExportSource(input, mapping.labels());
            case warc -> new WarcSource(input, mapping.page().orElseThrow(() -> missingPage()));
            case html -> new HtmlFolderSource(input, mapping.page().orElseThrow(() -> missingPage()));
        };
    }

    private UserError missingPage() {
        return new UserError("--format " + name() + " needs --mapping FILE with a \"page\" section of CSS selectors (docs/ingest.md).");
    }
}
