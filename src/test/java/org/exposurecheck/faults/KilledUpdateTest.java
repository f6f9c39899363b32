package org.exposurecheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exposurecheck.testsupport.KillableCli;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.DataDirState;
import org.exposurecheck.testsupport.PackVersions;
import org.exposurecheck.testsupport.StaticFileServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code update} killed with SIGKILL while it downloads a new version (the mirror stalls at a known byte) and while
 * it swaps the new version in: the old pack stays whole until the new one is indexed, and the next update resumes
 * the download where it stopped or finds the work done, and leaves no part file behind.
 */
class KilledUpdateTest {
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String PACK_PATH = "/packs/generated-leak-2.ecpack";
    private static final String PART = "generated-leak-2.ecpack.part";
    @TempDir
    static Path dir;
    static PackVersions packs;

    @TempDir
    Path data;

    @BeforeAll
    static void buildTwoVersions() {
        packs = new PackVersions(dir);
    }

    @BeforeEach
    void version1IsInstalledFromTheFirstMirror() throws Exception {
        try (StaticFileServer first = new StaticFileServer(packs.mirror1)) {
            Cli.Result update = PackVersions.run("update", "--mirror", first.url(), "--trust", packs.publisher.toString(),
                    "--data-dir", data.toString());
            assertThat(update.exitCode()).as(update.out() + update.err()).isZero();
        }
        assertThat(DataDirState.of(data).indexedSequences()).isEqualTo(Map.of(PackVersions.ID, 1L));
    }

    @Test
    void killedMidDownloadTheOldPackStaysAndTheNextUpdateResumesFromTheByteItHad() throws Exception {
        long size = Files.size(packs.version2);
        int stallAt = (int) (size / 2);
        try (StaticFileServer mirror = new StaticFileServer(packs.mirror2)) {
            mirror.stallAfter(PACK_PATH, stallAt);
            try (KillableCli update = KillableCli.start(Optional.empty(), "update", "--mirror", mirror.url(), "--data-dir", data.toString())) {
                awaitPartOf(stallAt, update);
                update.kill();
            }
            mirror.release();

            DataDirState crashed = DataDirState.of(data);
            assertThat(crashed.indexedSequences()).isEqualTo(Map.of(PackVersions.ID, 1L));
            assertThat(crashed.packFiles()).containsExactly("generated-leak-1.ecpack");
            assertThat(crashed.downloads()).containsExactly(PART);

            Cli.Result resumed = PackVersions.run("update", "--mirror", mirror.url(), "--data-dir", data.toString());
            assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
            assertThat(resumed.out()).contains("Updated: generated-leak (Generated leak)");
            assertThat(mirror.log()).as("the second request asked for the rest only").endsWith("206 " + PACK_PATH);
        }
        assertUpdatedAndTidy();
    }

    @Test
    void killedWithTheNewFileInPlaceButNotIndexedTheOldPackStaysAndTheNextUpdateInstallsWithoutDownloadingAgain() throws Exception {
        try (StaticFileServer mirror = new StaticFileServer(packs.mirror2)) {
            killAt("install.file-in-place", mirror);
            DataDirState crashed = DataDirState.of(data);
            assertThat(crashed.indexedSequences()).isEqualTo(Map.of(PackVersions.ID, 1L));
            assertThat(crashed.packFiles()).containsExactly("generated-leak-1.ecpack", "generated-leak-2.ecpack");
            assertThat(crashed.downloads()).containsExactly(PART);
            int requestsBefore = mirror.log().size();

            Cli.Result again = PackVersions.run("update", "--mirror", mirror.url(), "--data-dir", data.toString());
            assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
            assertThat(again.out()).contains("Updated: generated-leak (Generated leak)");
            assertThat(mirror.log().subList(requestsBefore, mirror.log().size())).as("only the catalogue is fetched again")
                    .allSatisfy(request -> assertThat(request).endsWith("/catalogue.ecc"));
        }
        assertUpdatedAndTidy();
    }

    @Test
    void killedAfterTheSwapTheNewPackIsIndexedAndTheNextUpdateTidiesWhatWasLeft() throws Exception {
        try (StaticFileServer mirror = new StaticFileServer(packs.mirror2)) {
            killAt("install.committed", mirror);
            DataDirState crashed = DataDirState.of(data);
            assertThat(crashed.indexedSequences()).isEqualTo(Map.of(PackVersions.ID, 2L));
            assertThat(crashed.packFiles()).containsExactly("generated-leak-1.ecpack", "generated-leak-2.ecpack");
            assertThat(crashed.downloads()).containsExactly(PART);

            Cli.Result again = PackVersions.run("update", "--mirror", mirror.url(), "--data-dir", data.toString());
            assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
            assertThat(again.out()).contains("Update complete");
        }
        assertUpdatedAndTidy();
    }

    private void killAt(String crashPoint, StaticFileServer mirror) throws Exception {
        try (KillableCli update = KillableCli.start(Optional.of(crashPoint), "update", "--mirror", mirror.url(), "--data-dir", data.toString())) {
            update.awaitErrLine("crash point " + crashPoint, PATIENCE);
            update.kill();
        }
    }

    /** Waits until the child has written exactly the bytes the mirror sent before it stalled. */
    private void awaitPartOf(long bytes, KillableCli update) throws Exception {
        Path part = data.resolve("downloads").resolve(PART);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!(Files.exists(part) && Files.size(part) == bytes)) {
            if (!update.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("The download never reached byte " + bytes + "; " + update.out() + update.err());
            }
            Thread.sleep(20);
        }
    }

    private void assertUpdatedAndTidy() throws Exception {
        DataDirState after = DataDirState.of(data);
        assertThat(after.indexedFiles()).isEqualTo(Map.of(PackVersions.ID, "generated-leak-2.ecpack"));
        assertThat(after.packFiles()).containsExactly("generated-leak-2.ecpack");
        assertThat(after.downloads()).as("no part file left behind").isEqualTo(List.of());
        Cli.Result check = PackVersions.run("check", "--profiles", packs.profiles.toString(), "--data-dir", data.toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("\"pack\":\"" + PackVersions.ID + "\"");
    }
}
