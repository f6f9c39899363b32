package org.exposurecheck.pack.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exposurecheck.testsupport.FuzzSeeds;
import org.exposurecheck.testsupport.HostileInputTest;
import org.exposurecheck.testsupport.SourceReading;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web archive of any content, read with the generator's leak-site mapping: records from its profile
 * pages, reported damage, or one sentence (docs/fuzzing.md). The seeds archive the pages and their photo.
 */
class WarcSourceFuzzTest {
    private static final SourceMapping.PageMapping MAPPING = FuzzSeeds.siteMapping();

    @TempDir
    static Path folder;

    @HostileInputTest
    void webArchiveIsReadOrReported(byte[] input) throws IOException {
        Path archive = folder.resolve("site.warc");
        Files.write(archive, input);
        SourceReading.readOrRefuse(new WarcSource(archive, MAPPING));
    }
}
