package org.exposurecheck.store.vault;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;

/**
 * What a check found that the last one had not: new records, or new kinds of detail in a known record.
 * Records that are gone are not news. With no earlier check, everything found is new.
 */
public final class NewSinceLastCheck {
    private NewSinceLastCheck() {
    }

    /** {@code previous} is null before the first check; the result follows the order of {@code found}. */
    public static List<RecordChange> between(CheckHistory previous, List<SeenRecord> found) {
        List<RecordChange> changes = new ArrayList<>();
        for (SeenRecord record : found) {
            SeenRecord before = previous == null ? null
                    : previous.records().stream().filter(record::sameRecordAs).findFirst().orElse(null);
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
}
