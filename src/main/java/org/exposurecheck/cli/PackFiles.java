package org.exposurecheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.exposurecheck.pack.PackBytes;
import org.exposurecheck.base.ExplainedException;

/** Reads pack files for commands, with a sentence instead of an exception when they are missing, too large or not packs. */
final class PackFiles {
    private PackFiles() {
    }

    static byte[] read(Path file) throws ExplainedException {
        if (!Files.exists(file)) {
            throw new UserError("The pack file " + file + " does not exist.");
        }
        return PackBytes.read(file);
    }
}
