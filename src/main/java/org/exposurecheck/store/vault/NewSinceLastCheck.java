package org.exposurecheck.store.vault;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;

/**
 * What a check found that the last one had not: new records, or new kinds of detail in a known record.
 * Records that are gone are not news. With no earlier check, everything found is new.
 *
 * <p>A record is known when the last check saw its id. A pack that was rebuilt since (its sequence differs) gives
 * every record a new random id, so a record of such a pack is also known when the last check saw one of the same
 * pack with the same {@link SeenRecord.Traits} that no other record claimed, the pairs sharing the most kinds first
 * (decision 0033).
 */
public final class NewSinceLastCheck {
    private NewSinceLastCheck() {
    }

    /**
     * {@code previous} is null before the first check; {@code checkedPacks} are the sequences of the packs this check
     * used. The result follows the order of {@code found}.
     */
    public static List<RecordChange> between(CheckHistory previous, List<SeenRecord> found, Map<String, Long> checkedPacks) {
        List<RecordChange> changes = new ArrayList<>();
        if (previous == null) {
            found.forEach(record -> changes.add(new RecordChange(record.packId(), record.recordId(), true, record.kinds())));
            return changes;
        }
        List<SeenRecord> unclaimed = new ArrayList<>(previous.records());
        Map<SeenRecord, SeenRecord> known = new IdentityHashMap<>();
        for (SeenRecord record : found) {
            unclaimed.stream().filter(record::sameRecordAs).findFirst().ifPresent(before -> claim(record, before, known, unclaimed));
        }
        List<SeenRecord[]> candidates = new ArrayList<>();
        for (SeenRecord record : found) {
            if (!known.containsKey(record) && rebuiltSince(previous, record.packId(), checkedPacks)) {
                unclaimed.stream().filter(record::sameTraitsAs).forEach(before -> candidates.add(new SeenRecord[] {record, before}));
            }
        }
        // The closest pairs first (most kinds in common), so a look-alike does not take the place of the record itself.
        candidates.sort(Comparator.comparingInt((SeenRecord[] pair) -> shared(pair[0].kinds(), pair[1].kinds())).reversed());
        for (SeenRecord[] pair : candidates) {
            if (!known.containsKey(pair[0]) && unclaimed.contains(pair[1])) {
                claim(pair[0], pair[1], known, unclaimed);
            }
        }
        for (SeenRecord record : found) {
            SeenRecord before = known.get(record);
            if (before == null) {
                changes.add(new RecordChange(record.packId(), record.recordId(), true, record.kinds()));
                continue;
            }
            Set<IdentifierType> added = record.kinds().isEmpty() ? EnumSet.noneOf(IdentifierType.class) : EnumSet.copyOf(record.kinds());
            added.removeAll(before.kinds());
            if (!added.isEmpty()) {
                changes.add(new RecordChange(record.packId(), record.recordId(), false, added));
            }
        }
        return changes;
    }

    private static void claim(SeenRecord record, SeenRecord before, Map<SeenRecord, SeenRecord> known, List<SeenRecord> unclaimed) {
        known.put(record, before);
        unclaimed.remove(before);
    }

    /** Whether the last check saw {@code pack} at another sequence than this one, so its record ids were drawn anew. */
    private static boolean rebuiltSince(CheckHistory previous, String pack, Map<String, Long> checkedPacks) {
        Long before = previous.packSequences().get(pack);
        return before != null && !Objects.equals(before, checkedPacks.get(pack));
    }

    private static int shared(Set<IdentifierType> a, Set<IdentifierType> b) {
        return (int) a.stream().filter(b::contains).count();
    }
}
