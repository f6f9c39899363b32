package org.exposurecheck.pack.ingest;

import java.time.LocalDate;
import java.util.List;
import org.exposurecheck.identity.Identifier;

/**
 * One leak record as read from a curator's source file, before normalisation. {@code location} says
 * where it came from ("line 12") for reports; identifiers print redacted.
 */
public record SourceRecord(String location, String sourceId, String source, String category, LocalDate firstSeen,
                           LocalDate lastSeen, List<Identifier> identifiers) {
    public SourceRecord {
        identifiers = List.copyOf(identifiers);
    }
}
