package org.exposurecheck.store.vault;

import java.util.EnumSet;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;

/**
 * Something new since the last check: a record that was not among the matches before ({@code newRecord},
 * and {@code kinds} are all its kinds), or a known record that now involves more kinds of detail
 * ({@code kinds} are only the added ones).
 */
public record RecordChange(String packId, String recordId, boolean newRecord, Set<IdentifierType> kinds) {
    public RecordChange {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }
}
