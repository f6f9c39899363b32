package org.exposurecheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads pack files for commands, with a sentence instead of an exception when they are missing. */
final class PackFiles {
    private static final long MAX_PACK_BYTES = 2L << 30;

    private PackFiles() {
    }

    static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_PACK_BYTES) {
                throw new UserError(file + " is larger than any pack this version can open (2 GiB).");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw new UserError("The pack file " + file + " does not exist.");
        } catch (IOException failed) {
            throw new UserError("Could not read " + file + ": " + failed.getMessage() + ".");
        }
    }
}
