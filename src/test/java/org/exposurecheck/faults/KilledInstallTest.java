package org.exposurecheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.testsupport.KillableCli;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.DataDirState;
import org.exposurecheck.testsupport.PackVersions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code pack install} killed with SIGKILL at each step where the data directory changes: afterwards the index
 * names the old pack or the new one, whole, never half of one; the next run removes what the killed one left.
 */
class KilledInstallTest {
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    @TempDir
    static Path dir;
    static PackVersions packs;

    @TempDir
    Path data;

    @BeforeAll
    static void buildTwoVersions() {
        packs = new PackVersions(dir);
    }

    static Stream<Arguments> crashes() {
        return Stream.of(
                // crash point, installed before, sequence indexed after the crash, files the crash leaves in packs/
                Arguments.of("atomic-write.part-written", true, 1L, List.of("generated-leak-1.ecpack", "generated-leak-2.ecpack.part")),
                Arguments.of("install.file-in-place", true, 1L, List.of("generated-leak-1.ecpack", "generated-leak-2.ecpack")),
                Arguments.of("install.committed", true, 2L, List.of("generated-leak-1.ecpack", "generated-leak-2.ecpack")),
                Arguments.of("install.file-in-place", false, 0L, List.of("generated-leak-2.ecpack")));
    }

    @Test
    void whileAnotherProcessIsMidInstallItsNewFileIsNotTakenForALeftover() throws Exception {
        assertThat(PackVersions.run("pack", "install", packs.version1.toString(), "--trust", packs.publisher.toString(),
                "--data-dir", data.toString()).exitCode()).isZero();
        try (KillableCli install = KillableCli.start(Optional.of("install.file-in-place"), "pack", "install", packs.version2.toString(),
                "--data-dir", data.toString())) {
            install.awaitErrLine("crash point install.file-in-place", PATIENCE);
            Cli.Result list = PackVersions.run("pack", "list", "--data-dir", data.toString());
            assertThat(list.out()).contains("sequence 1");
            assertThat(DataDirState.of(data).packFiles()).as("the paused install holds the write lock, so nothing was swept")
                    .containsExactly("generated-leak-1.ecpack", "generated-leak-2.ecpack");
            install.kill();
        }
        PackVersions.run("pack", "list", "--data-dir", data.toString());
        assertThat(DataDirState.of(data).packFiles()).containsExactly("generated-leak-1.ecpack");
    }

    @ParameterizedTest(name = "killed at {0}, upgrading: {1}")
    @MethodSource("crashes")
    void aKilledInstallLeavesTheOldOrTheNewPackAndTheNextRunCleansUp(String crashPoint, boolean upgrading, long indexedAfter,
                                                                      List<String> leftBehind) throws Exception {
        if (upgrading) {
            assertThat(PackVersions.run("pack", "install", packs.version1.toString(), "--trust", packs.publisher.toString(),
                    "--data-dir", data.toString()).exitCode()).isZero();
        }
        try (KillableCli install = KillableCli.start(Optional.of(crashPoint), "pack", "install", packs.version2.toString(), "--trust",
                packs.publisher.toString(), "--data-dir", data.toString())) {
            install.awaitErrLine("crash point " + crashPoint, PATIENCE);
            install.kill();
        }

        DataDirState crashed = DataDirState.of(data);
        assertThat(crashed.packFiles()).containsExactlyElementsOf(leftBehind);
        if (indexedAfter == 0) {
            assertThat(crashed.indexedFiles()).isEmpty();
        } else {
            assertThat(crashed.indexedSequences()).isEqualTo(Map.of(PackVersions.ID, indexedAfter));
            byte[] indexed = Files.readAllBytes(data.resolve("packs").resolve(crashed.indexedFiles().get(PackVersions.ID)));
            assertThat(PackFile.read(indexed, KeyFiles.readPublisherKey(packs.publisher), Instant.now()).manifest().sequence())
                    .as("the file the index names is whole and verifies").isEqualTo(indexedAfter);
        }

        Cli.Result list = PackVersions.run("pack", "list", "--data-dir", data.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains(indexedAfter == 0 ? "No packs installed" : "sequence " + indexedAfter);
        assertThat(DataDirState.of(data).packFiles()).as("the next run removed the leftovers")
                .isEqualTo(indexedAfter == 0 ? List.of() : List.of("generated-leak-" + indexedAfter + ".ecpack"));

        assertThat(PackVersions.run("pack", "install", packs.version2.toString(), "--trust", packs.publisher.toString(),
                "--data-dir", data.toString()).exitCode()).isZero();
        DataDirState after = DataDirState.of(data);
        assertThat(after.packFiles()).containsExactly("generated-leak-2.ecpack");
        assertThat(after.indexedFiles()).isEqualTo(Map.of(PackVersions.ID, "generated-leak-2.ecpack"));
        Cli.Result check = PackVersions.run("check", "--profiles", packs.profiles.toString(), "--data-dir", data.toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("\"pack\":\"" + PackVersions.ID + "\"");
    }
}
