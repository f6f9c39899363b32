package org.exposurecheck.pack.ingest;

import org.exposurecheck.base.ExplainedException;

/** A source file or mapping that cannot be read as a whole: one sentence for the curator, in English like their tools. */
public final class SourceException extends ExplainedException {
    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
