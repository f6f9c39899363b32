package org.exposurecheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.exposurecheck.testsupport.KillableCli;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.PackVersions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pack reindex} killed halfway: the damaged index is still where it was, and running it again finishes the job. */
class KilledReindexTest {
    @TempDir
    static Path dir;
    static PackVersions packs;

    @TempDir
    Path data;

    @BeforeAll
    static void buildTwoVersions() {
        packs = new PackVersions(dir);
    }

    @Test
    void aKilledRebuildLeavesTheDamagedIndexInPlaceAndCanBeRunAgain() throws Exception {
        assertThat(PackVersions.run("pack", "install", packs.version1.toString(), "--trust", packs.publisher.toString(),
                "--data-dir", data.toString()).exitCode()).isZero();
        byte[] garbage = new byte[4096];
        new Random(9).nextBytes(garbage);
        Path index = data.resolve("exposure-check.db");
        Files.write(index, garbage);

        try (KillableCli reindex = KillableCli.start(Optional.of("install.file-in-place"), "pack", "reindex", "--trust",
                packs.publisher.toString(), "--data-dir", data.toString())) {
            reindex.awaitErrLine("crash point install.file-in-place", Duration.ofMinutes(2));
            reindex.kill();
        }
        assertThat(index).as("the damaged index is where it was").hasBinaryContent(garbage);
        assertThat(data.resolve("packs/generated-leak-1.ecpack")).hasSameBinaryContentAs(packs.version1);
        assertThat(PackVersions.run("pack", "list", "--data-dir", data.toString()).err()).contains("is damaged");

        Cli.Result again = PackVersions.run("pack", "reindex", "--trust", packs.publisher.toString(), "--data-dir", data.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 pack(s) listed again");
        assertThat(PackVersions.run("pack", "list", "--data-dir", data.toString()).out()).contains("sequence 1");
        try (var files = Files.list(data)) {
            assertThat(files.map(file -> file.getFileName().toString())).as("no half-built index is left")
                    .noneMatch(name -> name.contains(".rebuild")).anyMatch(name -> name.startsWith("exposure-check.db.damaged-"));
        }
    }
}
