package org.exposurecheck.store.vault;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;

/**
 * One pack record a check matched, as the vault remembers it: the pack id, the record's opaque id and the
 * kinds of detail it involves (what matched and what else the record lists). Never a value.
 */
public record SeenRecord(String packId, String recordId, Set<IdentifierType> kinds) {
    public SeenRecord {
        Objects.requireNonNull(packId);
        Objects.requireNonNull(recordId);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    boolean sameRecordAs(SeenRecord other) {
        return packId.equals(other.packId) && recordId.equals(other.recordId);
    }
}
