package org.exposurecheck.store.vault;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the last check of a saved profile found: when, which packs (id → sequence) it covered, and which
 * of their records matched. Only this last state is kept, not a log of every check.
 */
public record CheckHistory(Instant checkedAt, Map<String, Long> packSequences, List<SeenRecord> records) {
    public CheckHistory {
        Objects.requireNonNull(checkedAt);
        packSequences = Map.copyOf(packSequences);
        records = List.copyOf(records);
    }

    /**
     * The history after a check of {@code checkedPacks} that found {@code found}. Records of packs this check
     * did not cover (a pack removed for now, a check against fewer packs) are kept, so they do not count as
     * new when those packs are checked again.
     */
    public static CheckHistory after(CheckHistory previous, Instant now, Map<String, Long> checkedPacks, List<SeenRecord> found) {
        Map<String, Long> sequences = new LinkedHashMap<>();
        List<SeenRecord> records = new ArrayList<>();
        if (previous != null) {
            previous.packSequences.forEach((pack, sequence) -> {
                if (!checkedPacks.containsKey(pack)) {
                    sequences.put(pack, sequence);
                }
            });
            previous.records.stream().filter(record -> !checkedPacks.containsKey(record.packId())).forEach(records::add);
        }
        sequences.putAll(checkedPacks);
        records.addAll(found);
        return new CheckHistory(now, sequences, records);
    }
}
