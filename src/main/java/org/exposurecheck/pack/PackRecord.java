package org.exposurecheck.pack;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;

/**
 * What a pack says about one leaked record — and all it says: an opaque random id, category, dates,
 * source label and which kinds of data the record held. No values.
 */
public record PackRecord(String id, String category, String source, LocalDate firstSeen, LocalDate lastSeen,
                         Set<IdentifierType> types) {
    public PackRecord {
        types = Set.copyOf(types);
    }

    public Optional<LocalDate> firstSeenDate() {
        return Optional.ofNullable(firstSeen);
    }

    public Optional<LocalDate> lastSeenDate() {
        return Optional.ofNullable(lastSeen);
    }
}
