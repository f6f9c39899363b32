package org.exposurecheck.pack.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exposurecheck.testsupport.FuzzSeeds;
import org.exposurecheck.testsupport.HostileInputTest;
import org.exposurecheck.testsupport.SourceReading;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved page of any content in a folder of a leak site, read with the generator's leak-site mapping:
 * records, reported pages, or one sentence (docs/fuzzing.md).
 */
class HtmlFolderFuzzTest {
    private static final SourceMapping.PageMapping MAPPING = FuzzSeeds.siteMapping();

    @TempDir
    static Path folder;

    @BeforeAll
    static void pagesFolder() throws IOException {
        Files.createDirectories(folder.resolve("people"));
    }

    @HostileInputTest
    void savedPageIsReadOrReported(byte[] input) throws IOException {
        Files.write(folder.resolve("people/page.html"), input);
        SourceReading.readOrRefuse(new HtmlFolderSource(folder, MAPPING));
    }
}
