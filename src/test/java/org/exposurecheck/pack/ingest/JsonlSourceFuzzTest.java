package org.exposurecheck.pack.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exposurecheck.testsupport.HostileInputTest;
import org.exposurecheck.testsupport.SourceReading;
import org.junit.jupiter.api.io.TempDir;

/** A JSON-lines source of any content: records, reported lines, or one sentence (docs/fuzzing.md). */
class JsonlSourceFuzzTest {
    @TempDir
    static Path folder;

    @HostileInputTest
    void jsonLinesAreReadOrReported(byte[] input) throws IOException {
        Path file = folder.resolve("records.jsonl");
        Files.write(file, input);
        SourceReading.readOrRefuse(new JsonlSource(file));
    }
}
