package org.exposurecheck.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The privacy tests' watch on the temporary folder must be able to fail: positive controls for what it promises. */
class TempFolderWatchTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatLivesOnlyDuringTheRunIsSeen() throws Exception {
        Files.writeString(dir.resolve("before.txt"), "there before, never touched");
        Path shortLived = dir.resolve("scratch.tmp");

        try (TempFolderWatch watch = TempFolderWatch.start(dir)) {
            Files.writeString(shortLived, "a personal value", StandardCharsets.UTF_8);
            Thread.sleep(200);
            Files.delete(shortLived);
            watch.close();

            assertThat(watch.seen()).as("a listing before and after the run would show nothing new").containsOnlyKeys(shortLived.toString());
            assertThat(new String(watch.seen().get(shortLived.toString()), StandardCharsets.UTF_8)).isEqualTo("a personal value");
            assertThat(watch.failures()).isEmpty();
        }
    }

    /**
     * A directory the walk cannot enter fails the watch. Permissions cannot stop root, so the directory here is
     * one whose path is longer than the system allows (two chains of folders, each short enough to make, the one
     * moved into the other); the walk meets the same kind of failure an unreadable directory gives, which the old
     * listing turned into "no files".
     */
    @Test
    void aDirectoryTheWalkCannotReadFailsTheWatchLoudly() throws Exception {
        Path outer = chain(dir.resolve("outer"), 120);
        Path innerTop = dir.resolve("inner").resolve(LEVEL);
        Files.writeString(Files.createDirectories(chain(dir.resolve("inner"), 80)).resolve("secret.txt"), "a personal value");
        Path moved = outer.resolve(LEVEL);
        try (TempFolderWatch watch = TempFolderWatch.start(dir)) {
            Files.move(innerTop, moved);
            Thread.sleep(100);
            watch.close();

            assertThat(watch.failures()).isNotEmpty().allMatch(failure -> failure.contains(LEVEL));
        } finally {
            Files.move(moved, innerTop);
        }
    }

    private static final String LEVEL = "d12345678901234567890123";

    private static Path chain(Path base, int depth) throws Exception {
        Path path = base;
        for (int i = 0; i < depth; i++) {
            path = path.resolve(LEVEL);
        }
        return Files.createDirectories(path);
    }
}
