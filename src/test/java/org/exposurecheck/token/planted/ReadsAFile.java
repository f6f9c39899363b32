package org.exposurecheck.token.planted;

import java.io.FileInputStream;
import java.io.IOException;

/** A planted violation for ArchitectureTest: the pure core reading a file through a stream, not through java.nio.file. */
public final class ReadsAFile {
    private ReadsAFile() {
    }

    static int firstByte(String name) throws IOException {
        try (FileInputStream in = new FileInputStream(name)) {
            return in.read();
        }
    }
}
