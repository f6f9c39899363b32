package org.exposurecheck.store;

import dev.dirs.ProjectDirectories;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.exposurecheck.store.vault.VaultFile;

/**
 * Where Exposure Check keeps installed packs and settings; every command can point it elsewhere. What it
 * holds says which datasets a person checks against, so on systems with POSIX permissions the directory
 * and its folders are the owner's alone (0700) and its files too (0600), also when an earlier version
 * created them readable by everyone.
 */
public final class DataDirectory {
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    /** Installed packs, and downloads in progress. */
    private static final List<String> OWN_FOLDERS = List.of("packs", "downloads");
    /** The database and its journal files: {@code exposure-check.db}, {@code exposure-check.db-journal}, … */
    private static final String OWN_FILE_PREFIX = "exposure-check";

    private DataDirectory() {
    }

    /** The OS application-data directory, e.g. ~/.local/share/exposure-check on Linux. */
    public static Path defaultLocation() {
        return Path.of(ProjectDirectories.from("org", "Exposure Check", "exposure-check").dataDir);
    }

    /** True where the file system has POSIX permissions (Linux, macOS); Windows keeps its own per-user ACLs. */
    public static boolean hasPosixPermissions() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates {@code dir} if needed and makes it private to the owner, with what Exposure Check keeps in it:
     * its database files, the vault and the folders {@code packs/} and {@code downloads/} with their files. Anything else a person
     * keeps there (someone may point {@code --data-dir} at a folder of their own) and symbolic links are
     * left alone.
     */
    public static void secure(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (!hasPosixPermissions()) {
            return;
        }
        Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY);
        for (Path entry : entries(dir)) {
            String name = entry.getFileName().toString();
            if (OWN_FOLDERS.contains(name) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                restrict(entry, OWNER_ONLY_DIRECTORY);
                for (Path file : entries(entry)) {
                    ownerOnly(file);
                }
            } else if (name.startsWith(OWN_FILE_PREFIX) || name.startsWith(VaultFile.FILE_NAME)) {
                ownerOnly(entry);
            }
        }
    }

    /** Makes one file private to the owner, where the file system can. */
    public static void ownerOnly(Path file) throws IOException {
        if (hasPosixPermissions() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            restrict(file, OWNER_ONLY_FILE);
        }
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        } catch (NoSuchFileException removedMeanwhile) {
            return List.of();
        }
    }

    /** A file another process removed meanwhile (a database journal) needs no permissions. */
    private static void restrict(Path entry, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(entry, permissions);
        } catch (NoSuchFileException removedMeanwhile) {
            // Nothing left to protect.
        }
    }
}
