package org.exposurecheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the data directory holds says which datasets a person checks against: on a system with POSIX
 * permissions it is the owner's alone — 0700 folders, 0600 files — also when an earlier version made it
 * readable by everyone. Files a person keeps there themselves are left as they are.
 */
class DataDirectoryPermissionsTest {
    @TempDir
    Path dir;
    private Path pack;
    private Path trust;

    @BeforeEach
    void aPack() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        SigningKey publisher = SigningKey.generate(new java.security.SecureRandom());
        pack = Files.write(dir.resolve("leak.ecpack"),
                TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 1), publisher).pack());
        trust = Files.writeString(dir.resolve("publisher.pub"), KeyFiles.publicKeyText(publisher.publicKey()));
    }

    @Test
    void aNewDataDirectoryIsTheOwnersAlone() throws IOException {
        Path data = dir.resolve("data");

        assertThat(Cli.run("pack", "install", pack.toString(), "--trust", trust.toString(), "--data-dir", data.toString()).exitCode()).isZero();

        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("packs"))).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("exposure-check.db"))).isEqualTo("rw-------");
        assertThat(permissions(data.resolve("packs/leak-1.ecpack"))).as("private from the moment it is written").isEqualTo("rw-------");
    }

    @Test
    void aDataDirectoryEveryoneCouldReadIsTightenedAndThePersonsOwnFilesAreLeftAlone() throws IOException {
        Path data = dir.resolve("data");
        assertThat(Cli.run("pack", "install", pack.toString(), "--trust", trust.toString(), "--data-dir", data.toString()).exitCode()).isZero();
        Path notes = Files.writeString(data.resolve("notes.txt"), "the person's own file");
        try (Stream<Path> all = Files.walk(data)) {
            for (Path path : all.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }

        assertThat(Cli.run("pack", "list", "--data-dir", data.toString()).exitCode()).isZero();

        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("packs"))).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("exposure-check.db"))).isEqualTo("rw-------");
        assertThat(permissions(data.resolve("packs/leak-1.ecpack"))).isEqualTo("rw-------");
        assertThat(permissions(notes)).isEqualTo("rw-r--r--");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
