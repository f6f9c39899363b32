package org.exposurecheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exposurecheck.testsupport.ChildCli;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.ui.packs.PacksViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs far larger than they should be — a 2 GiB "pack", a large file that is no pack at all, a device that
 * never ends, a source file without line breaks — are measured before they are read: each is one sentence
 * and a non-zero exit, never an OutOfMemoryError. The small-heap cases run the CLI in a child JVM with 64 MB,
 * where reading first and checking after ran out of memory.
 */
class OversizedInputTest {
    private static final byte[] PACK_MAGIC = "ECPACK01".getBytes(StandardCharsets.US_ASCII);
    private static final String HEAP = "64m";
    private static final long LARGE = 200L << 20;

    @TempDir
    static Path dir;
    static Path publicKey;
    static Path profile;

    @BeforeAll
    static void keysAndProfile() throws IOException {
        assertThat(Cli.run("keygen", "--out", dir.resolve("keys").toString()).exitCode()).isZero();
        publicKey = dir.resolve("keys/publisher.pub");
        profile = Files.writeString(dir.resolve("me.json"), "{\"label\": \"me\", \"identifiers\": [{\"type\": \"phone\", \"value\": \"9123 4567\"}]}");
    }

    @Test
    void aTwoGibibytePackIsOneSentenceForEveryCommandThatReadsPacks() throws IOException {
        Path huge = sparse("huge.ecpack", 2L << 30, PACK_MAGIC);
        String data = dir.resolve("data").toString();
        String[][] commands = {
                {"pack", "install", huge.toString(), "--data-dir", data},
                {"pack", "verify", huge.toString(), "--trust", publicKey.toString()},
                {"pack", "audit", huge.toString()},
                {"check", "--profile", profile.toString(), "--pack", huge.toString(), "--trust", publicKey.toString(), "--data-dir", data}};
        for (String[] command : commands) {
            Cli.Result result = Cli.run(command);
            assertThat(result.exitCode()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(result.err().strip()).as(String.join(" ", command)).hasLineCount(1)
                    .startsWith("The pack huge.ecpack is 2048 MB, more than Exposure Check can open with the memory it has here");
        }
    }

    @Test
    void theAppsImportSaysSoToo() throws IOException {
        Path huge = sparse("import.ecpack", 2L << 30, PACK_MAGIC);
        AppContext context = new AppContext(dir.resolve("app-data"), TestPacks.CLOCK);
        PacksViewModel model = new PacksViewModel(context.packs(), context.i18n());

        assertThat(model.open(huge)).isNull();

        assertThat(model.statusProperty().get()).startsWith("The pack import.ecpack is 2048 MB, more than Exposure Check can open");
    }

    @Test
    void aLargeFileIsMeasuredBeforeItIsReadOnASmallHeap() throws Exception {
        Path notAPack = sparse("zeros.ecpack", LARGE, new byte[0]);
        Path tooLargePack = sparse("large.ecpack", LARGE, PACK_MAGIC);
        String data = dir.resolve("small-heap-data").toString();

        Cli.Result zeros = ChildCli.run(HEAP, dir, "pack", "install", notAPack.toString(), "--data-dir", data);
        assertOneSentence(zeros, "This file is not an Exposure Check pack.");

        Cli.Result large = ChildCli.run(HEAP, dir, "pack", "install", tooLargePack.toString(), "--data-dir", data);
        assertThat(large.err()).doesNotContain("OutOfMemoryError");
        assertThat(large.exitCode()).isEqualTo(1);
        assertThat(large.err().strip()).matches("The pack large.ecpack is 200 MB, more than Exposure Check can open with the memory it has"
                + " here \\(1\\d MB\\)\\.");
    }

    @Test
    void aDeviceThatNeverEndsIsNotReadAsAPackAKeyAProfileOrAPhoto() throws Exception {
        Path endless = Files.createSymbolicLink(dir.resolve("endless.ecpack"), Path.of("/dev/zero"));
        Path endlessKey = Files.createSymbolicLink(dir.resolve("endless.pub"), Path.of("/dev/zero"));
        Path endlessProfile = Files.createSymbolicLink(dir.resolve("endless.json"), Path.of("/dev/zero"));
        String data = dir.resolve("device-data").toString();

        assertOneSentence(ChildCli.run(HEAP, dir, "pack", "install", endless.toString(), "--data-dir", data),
                "This file is not an Exposure Check pack.");
        assertOneSentence(ChildCli.run(HEAP, dir, "update", "--mirror", "https://127.0.0.1:1/", "--trust", endlessKey.toString(),
                "--data-dir", data), "Could not read the public key file " + endlessKey
                + ": it is larger than 64 KB, more than such a file ever holds.");
        Files.createSymbolicLink(dir.resolve("endless.jpg"), Path.of("/dev/zero"));
        Path withPhoto = Files.writeString(dir.resolve("with-photo.json"), "{\"label\": \"me\", \"identifiers\": [{\"type\": \"photo\","
                + " \"value\": \"endless.jpg\"}]}");
        Cli.Result photo = ChildCli.run(HEAP, dir, "check", "--profile", withPhoto.toString(), "--data-dir", data);
        assertThat(photo.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ")
                .endsWith("The profile in " + withPhoto + " has a photo (number 1) that cannot be read.\n");
        Cli.Result profileRead = ChildCli.run(HEAP, dir, "check", "--profile", endlessProfile.toString(), "--data-dir", data);
        assertThat(profileRead.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ")
                .endsWith("Could not read " + endlessProfile + ": it is larger than 1024 KB, more than such a file ever holds.\n");
    }

    @Test
    void aSourceOrProfilesFileWithoutLineBreaksIsReportedLineByLine() throws Exception {
        Path oneLine = sparse("one-line.jsonl", LARGE, new byte[0]);

        Cli.Result build = ChildCli.run(HEAP, dir, Cli.concat(new String[] {"pack", "build", "--input", oneLine.toString(), "--format",
                "jsonl", "--title", "Leak", "--signing-key", dir.resolve("keys/publisher.key").toString(), "--out",
                dir.resolve("never.ecpack").toString()}, Cli.CHEAP_BUILD_FLAGS));
        assertThat(build.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(build.out()).contains("line 1: is longer than 1048576 characters; line skipped");

        Cli.Result check = ChildCli.run(HEAP, dir, "check", "--profiles", oneLine.toString(), "--data-dir", dir.resolve("lines").toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).doesNotContain("OutOfMemoryError")
                .contains("Line 1 of " + oneLine + " was skipped: it is longer than 1048576 characters.");
    }

    private static void assertOneSentence(Cli.Result result, String sentence) {
        assertThat(result.err()).as("no stack trace").doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo(sentence);
    }

    /** A file of {@code size} bytes that takes no disk space: {@code start}, then zeros. */
    private static Path sparse(String name, long size, byte[] start) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.write(start);
            sparse.setLength(size);
        }
        return file;
    }
}
