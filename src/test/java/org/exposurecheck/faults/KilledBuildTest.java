package org.exposurecheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.exposurecheck.testsupport.KillableCli;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.PackVersions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pack build} killed with SIGKILL while it reads its input (a FIFO the test never closes, so the build cannot
 * finish) and once the signed pack is written beside its final name: the pack already at {@code --out} stays as it
 * was, and the next build into the folder removes what the killed one left, but never a running build's files.
 */
class KilledBuildTest {
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    @TempDir
    static Path dir;
    static PackVersions packs;

    @TempDir
    Path folder;

    @BeforeAll
    static void buildTwoVersions() {
        packs = new PackVersions(dir);
    }

    @Test
    void killedWhileReadingTheInputTheOldPackStaysAndTheNextBuildRemovesTheScratchDirectory() throws Exception {
        Path out = folder.resolve("leak.ecpack");
        Files.copy(packs.version1, out);
        Path fifo = folder.resolve("records.jsonl");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        List<String> lines = Files.readAllLines(packs.records);

        try (KillableCli build = KillableCli.start(Optional.empty(), packs.buildArgs(fifo, out, 2))) {
            // Opening a FIFO for writing returns once the reader has opened it: then the build is reading its input.
            CompletableFuture<OutputStream> halfWritten = CompletableFuture.supplyAsync(() -> {
                try {
                    OutputStream writer = Files.newOutputStream(fifo);
                    writer.write(String.join("\n", lines.subList(0, lines.size() / 2)).getBytes(StandardCharsets.UTF_8));
                    writer.flush();
                    return writer;
                } catch (IOException broken) {
                    throw new UncheckedIOException(broken);
                }
            });
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!halfWritten.isDone()) {
                if (!build.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("The build never opened its input; " + build.out() + build.err());
                }
                Thread.sleep(20);
            }
            // Not closed before the kill: without an end of input the build cannot finish.
            try (OutputStream writer = halfWritten.join()) {
                assertThat(scratchDirectories()).hasSize(1);
                assertThat(build.isAlive()).isTrue();
                build.kill();
            }
        }

        assertThat(out).as("the pack already there is untouched").hasSameBinaryContentAs(packs.version1);
        assertThat(files()).containsExactlyInAnyOrder("leak.ecpack", "records.jsonl");
        assertThat(scratchDirectories()).as("SIGKILL leaves the working directory").hasSize(1);

        Cli.Result rebuilt = PackVersions.run(packs.buildArgs(out, 2));
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(scratchDirectories()).as("the next build removed the killed build's directory").isEmpty();
        assertThat(Cli.run("pack", "verify", out.toString(), "--trust", packs.publisher.toString()).out()).contains("sequence 2");
    }

    @Test
    void killedWithTheSignedPackBesideItsNameTheOldPackStaysAndALiveBuildsFilesAreLeftAlone() throws Exception {
        Path out = folder.resolve("leak.ecpack");
        Files.copy(packs.version1, out);
        try (KillableCli build = KillableCli.start(Optional.of("build.part-written"), packs.buildArgs(out, 2))) {
            build.awaitErrLine("crash point build.part-written", PATIENCE);
            assertThat(out).hasSameBinaryContentAs(packs.version1);
            assertThat(files()).containsExactlyInAnyOrder("leak.ecpack", "leak.ecpack.part");

            Cli.Result other = PackVersions.run(packs.buildArgs(folder.resolve("other.ecpack"), 3));
            assertThat(other.exitCode()).as(other.err()).isZero();
            assertThat(scratchDirectories()).as("the paused build is alive: its working directory stays").hasSize(1);
            build.kill();
        }

        assertThat(out).as("the pack already there is untouched").hasSameBinaryContentAs(packs.version1);
        Cli.Result rebuilt = PackVersions.run(packs.buildArgs(out, 2));
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(scratchDirectories()).isEmpty();
        assertThat(files()).containsExactlyInAnyOrder("leak.ecpack", "other.ecpack");
    }

    private List<Path> scratchDirectories() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isDirectory).toList();
        }
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> !Files.isDirectory(file)).map(file -> file.getFileName().toString()).toList();
        }
    }
}
