package org.exposurecheck.pack.ingest;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The sentence for a line-based input file (JSON lines, CSV) that cannot be read at all. */
final class TextFiles {
    private TextFiles() {
    }

    static SourceException unreadable(Path file, IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return new SourceException("The input file " + file + " does not exist.");
        }
        if (failure instanceof MalformedInputException) {
            return new SourceException("The input file " + file + " is not UTF-8 text.");
        }
        return new SourceException("Could not read " + file + ": " + failure.getMessage() + ".", failure);
    }
}
