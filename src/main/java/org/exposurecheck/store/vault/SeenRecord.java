package org.exposurecheck.store.vault;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;

/**
 * One pack record a check matched, as the vault remembers it: the pack id, the record's opaque id, the kinds of
 * detail it involves (what matched and what else the record lists) and, from phase 2 on, its {@link Traits}, so
 * the same record is recognised in a rebuilt pack, whose ids are all new (decision 0033). Never a value.
 */
public record SeenRecord(String packId, String recordId, Set<IdentifierType> kinds, Optional<Traits> traits) {
    public SeenRecord {
        Objects.requireNonNull(packId);
        Objects.requireNonNull(recordId);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        Objects.requireNonNull(traits);
    }

    /** A record remembered without traits, as phase 1 saved them: recognised by its id only. */
    public SeenRecord(String packId, String recordId, Set<IdentifierType> kinds) {
        this(packId, recordId, kinds, Optional.empty());
    }

    /**
     * What a pack publishes about a record besides its id and kinds, which a rebuild of the same source keeps:
     * its category and source labels and the date it was first seen. Not unique in a pack (labels come from a small
     * vocabulary, DESIGN §2), but among the few records that match one person they nearly always are.
     */
    public record Traits(String category, String source, Optional<LocalDate> firstSeen) {
        public Traits {
            category = category == null ? "" : category;
            source = source == null ? "" : source;
            Objects.requireNonNull(firstSeen);
        }
    }

    boolean sameRecordAs(SeenRecord other) {
        return packId.equals(other.packId) && recordId.equals(other.recordId);
    }

    /** The same source record in another build of the same pack, judged by what the pack publishes about it. */
    boolean sameTraitsAs(SeenRecord other) {
        return packId.equals(other.packId) && traits.isPresent() && traits.equals(other.traits);
    }
}
