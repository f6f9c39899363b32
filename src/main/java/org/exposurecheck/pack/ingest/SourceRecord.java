package org.exposurecheck.pack.ingest;

import java.time.LocalDate;
import java.util.List;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.pack.photo.PhotoHash;

/**
 * One leak record as read from a curator's source file, before normalisation. {@code location} says
 * where it came from ("line 12", "post 345", a page's URL) for reports; identifiers print redacted.
 * Photos arrive already fingerprinted: a source reads its own images (files, archive entries), so only
 * their hashes travel further.
 */
public record SourceRecord(String location, String sourceId, String source, String category, LocalDate firstSeen,
                           LocalDate lastSeen, List<Identifier> identifiers, List<PhotoHash> photos) {
    public SourceRecord {
        identifiers = List.copyOf(identifiers);
        photos = List.copyOf(photos);
    }

    public SourceRecord(String location, String sourceId, String source, String category, LocalDate firstSeen,
                        LocalDate lastSeen, List<Identifier> identifiers) {
        this(location, sourceId, source, category, firstSeen, lastSeen, identifiers, List.of());
    }
}
