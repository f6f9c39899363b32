package org.exposurecheck.identity.planted;

import java.nio.charset.StandardCharsets;
import org.exposurecheck.base.AtomicFiles;
import org.exposurecheck.base.ExplainedException;

/** A planted violation for ArchitectureTest: the pure core writing a file through the project's own helper. */
public final class WritesThroughBase {
    private WritesThroughBase() {
    }

    static void write(java.nio.file.Path file) throws ExplainedException {
        AtomicFiles.write(file, "x".getBytes(StandardCharsets.UTF_8));
    }
}
