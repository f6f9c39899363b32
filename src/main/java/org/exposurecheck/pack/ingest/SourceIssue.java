package org.exposurecheck.pack.ingest;

/** Something wrong in a source file, e.g. "line 12: not valid JSON". Never quotes the offending value. */
public record SourceIssue(String location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
