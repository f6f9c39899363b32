package org.exposurecheck.store.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * Writes that survive a crash or a power cut: a new file beside the old one, flushed to the disk, moved
 * over the old one in one step, and the directory flushed; and erasure by overwriting before deleting.
 * Files are readable by their owner only where the file system has POSIX permissions.
 */
final class DurableFiles {
    static final String PART_PREFIX = ".vault-";
    static final String PART_SUFFIX = ".part";
    private static final int ERASE_CHUNK = 64 * 1024;

    private DurableFiles() {
    }

    /** Replaces {@code target} with {@code bytes}; until the move, the old file is untouched. */
    static void replace(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, PART_PREFIX, PART_SUFFIX, ownerOnly());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Overwrites the file's bytes in place with random ones, flushes them, then deletes it. On an SSD, a
     * copy-on-write file system or in a backup the old bytes may survive elsewhere; docs/vault-format.md
     * says so plainly.
     */
    static void eraseAndDelete(Path file, SecureRandom random) throws IOException {
        long size = Files.size(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            byte[] noise = new byte[ERASE_CHUNK];
            long written = 0;
            while (written < size) {
                random.nextBytes(noise);
                ByteBuffer buffer = ByteBuffer.wrap(noise, 0, (int) Math.min(noise.length, size - written));
                while (buffer.hasRemaining()) {
                    written += channel.write(buffer, written);
                }
            }
            channel.force(true);
        }
        Files.delete(file);
        syncDirectory(file.toAbsolutePath().getParent());
    }

    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    /** Makes the rename itself durable where the system allows opening a directory (Linux, macOS; not Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Windows cannot open a directory this way; NTFS journals the rename itself.
        }
    }
}
