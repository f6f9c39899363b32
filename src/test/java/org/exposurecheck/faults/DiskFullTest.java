package org.exposurecheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.DataDirState;
import org.exposurecheck.testsupport.PackVersions;
import org.exposurecheck.testsupport.SmallDisk;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A full disk during {@code pack build} and {@code pack install}, on a real small file system (a tmpfs in a mount
 * namespace of its own): one sentence, and nothing half-written — no partial pack, no working files, no pack file
 * without its index row, no index row without its file; the pack that was there before is untouched.
 */
class DiskFullTest {
    private static final int PAGE = 4096;
    @TempDir
    static Path dir;
    static PackVersions packs;
    static Path installedSeed;
    static long packPages;

    @TempDir
    Path work;

    @BeforeAll
    static void prepare() throws Exception {
        Optional<String> unavailable = SmallDisk.unavailable();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "Skipped: " + unavailable.orElseThrow());
        packs = new PackVersions(dir);
        installedSeed = dir.resolve("installed");
        assertThat(PackVersions.run("pack", "install", packs.version1.toString(), "--trust", packs.publisher.toString(),
                "--data-dir", installedSeed.toString()).exitCode()).isZero();
        packPages = (Files.size(packs.version2) + PAGE - 1) / PAGE * PAGE;
    }

    static Stream<Arguments> buildRooms() {
        return Stream.of(
                Arguments.of("no room at all", 0L),
                // The working files (owner, records, the body) fit; the signed pack beside its name does not.
                Arguments.of("room for the working files but not the pack", 2L * PAGE));
    }

    @ParameterizedTest(name = "build with {0}")
    @MethodSource("buildRooms")
    void aFullDiskDuringABuildIsOneSentenceAndLeavesTheFolderAsItWas(String room, long extraBeyondOnePack) throws Exception {
        Path seed = work.resolve("seed");
        Files.createDirectories(seed);
        Files.copy(packs.version1, seed.resolve("leak.ecpack"));
        Path disk = work.resolve("disk");
        Path after = work.resolve("after");
        long free = extraBeyondOnePack == 0 ? 0 : packPages + extraBeyondOnePack;

        SmallDisk.Run build = SmallDisk.run(disk, 4 * packPages + 64 * PAGE, Optional.of(seed), free, after,
                packs.buildArgs(disk.resolve("leak.ecpack"), 2));

        assertThat(build.exitCode()).as(build.out() + build.err()).isEqualTo(1);
        assertThat(build.err().strip()).hasLineCount(1).contains("No space left on device").doesNotContain("Exception");
        assertThat(listing(after)).as("no partial pack, no working files").containsExactly("leak.ecpack");
        assertThat(after.resolve("leak.ecpack")).as("the pack that was there is untouched").hasSameBinaryContentAs(packs.version1);
    }

    static Stream<Arguments> installRooms() {
        return Stream.of(
                Arguments.of("less room than the pack", -PAGE),
                Arguments.of("room for the pack but not for the index's journal", 0L));
    }

    @ParameterizedTest(name = "install with {0}")
    @MethodSource("installRooms")
    void aFullDiskDuringAnInstallIsOneSentenceAndTheOldPackStaysIndexed(String room, long extraBeyondOnePack) throws Exception {
        Path disk = work.resolve("disk");
        Path after = work.resolve("after");

        SmallDisk.Run install = SmallDisk.run(disk, 4 * packPages + 64 * PAGE, Optional.of(installedSeed),
                packPages + extraBeyondOnePack, after, "pack", "install", packs.version2.toString(), "--data-dir", disk.toString());

        assertThat(install.exitCode()).as(install.out() + install.err()).isEqualTo(1);
        assertThat(install.err().strip()).hasLineCount(1).containsAnyOf("No space left on device", "disk is full")
                .doesNotContain("Exception");
        DataDirState state = DataDirState.of(after);
        assertThat(state.indexedSequences()).isEqualTo(Map.of(PackVersions.ID, 1L));
        assertThat(state.packFiles()).as("no partial file, no file without its index row").containsExactly("generated-leak-1.ecpack");

        Cli.Result retried = PackVersions.run("pack", "install", packs.version2.toString(), "--data-dir", after.toString());
        assertThat(retried.exitCode()).as("with room again: " + retried.err()).isZero();
        assertThat(DataDirState.of(after).packFiles()).containsExactly("generated-leak-2.ecpack");
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
