package org.exposurecheck.pack.ingest;

import java.util.function.Consumer;

/**
 * A curator's source file, read as a stream: each good record goes to {@code records}, each bad line
 * or value to {@code issues}, and reading goes on. A {@link SourceException} means the file as a whole
 * cannot be read (missing, wrong format).
 */
public interface RecordSource {
    void read(Consumer<SourceRecord> records, Consumer<SourceIssue> issues) throws SourceException;
}
