package org.exposurecheck.pack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.exposurecheck.testsupport.HostileInputTest;
import org.exposurecheck.testsupport.SourceReading;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet export of any content, with or without a mapping file: records, reported lines, or one
 * sentence (docs/fuzzing.md). An input whose first line starts with {@code &#123;} carries its mapping file
 * on that line, so the mapping is fuzzed too.
 */
class CsvSourceFuzzTest {
    @TempDir
    static Path folder;

    @HostileInputTest
    void csvIsReadOrReported(byte[] input) throws IOException {
        Path csv = folder.resolve("records.csv");
        int newline = indexOf(input, (byte) '\n');
        if (input.length == 0 || input[0] != '{' || newline < 0) {
            Files.write(csv, input);
            SourceReading.readOrRefuse(new CsvSource(csv));
            return;
        }
        Path mappingFile = folder.resolve("mapping.json");
        Files.write(mappingFile, Arrays.copyOf(input, newline));
        Files.write(csv, Arrays.copyOfRange(input, newline + 1, input.length));
        SourceMapping mapping;
        try {
            mapping = SourceMapping.read(mappingFile);
        } catch (SourceException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        SourceReading.readOrRefuse(new CsvSource(csv, mapping.columns()));
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
