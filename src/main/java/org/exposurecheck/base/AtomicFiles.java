package org.exposurecheck.base;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file next to its final name and moves it into place, so a failed write never leaves half a file. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws ExplainedException {
        write(target, bytes, false);
    }

    /** As {@link #write}, for a file only its owner may read: created 0600 where the file system has POSIX permissions. */
    public static void writePrivate(Path target, byte[] bytes) throws ExplainedException {
        write(target, bytes, true);
    }

    private static void write(Path target, byte[] bytes, boolean ownerOnly) throws ExplainedException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            if (ownerOnly && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.deleteIfExists(temp);
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(temp, bytes);
            CrashPoint.reached("atomic-write.part-written");
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException failed) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The failure below is what the person needs to hear about.
            }
            throw BaseRefusal.CANNOT_WRITE.because(failed, "file", target);
        }
    }
}
