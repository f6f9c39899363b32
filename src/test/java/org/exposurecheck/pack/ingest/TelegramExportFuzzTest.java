package org.exposurecheck.pack.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.exposurecheck.testsupport.HostileInputTest;
import org.exposurecheck.testsupport.SourceReading;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Telegram export ({@code result.json}) of any content: a record per readable post, reported posts and
 * breaks, or one sentence (docs/fuzzing.md). The photo the seeds' posts name is not in the folder: decoding
 * a fixed file again explores nothing, and PhotoHasherFuzzTest fuzzes photos themselves.
 */
class TelegramExportFuzzTest {
    @TempDir
    static Path folder;

    @HostileInputTest
    void telegramExportIsReadOrReported(byte[] input) throws IOException {
        Files.write(folder.resolve("result.json"), input);
        SourceReading.readOrRefuse(new TelegramExportSource(folder, Map.of()));
    }
}
