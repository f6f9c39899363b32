package org.exposurecheck.pack;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file next to its final name and moves it into place, so a failed write never leaves half a file. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws PackException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
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
            throw PackRefusal.CANNOT_WRITE.because(failed, "file", target);
        }
    }
}
