package org.exposurecheck.demo;

import java.util.List;

/**
 * Ground truth for one persona: whether the leak holds them, and in which records. The benchmark
 * counts a persona as found only when every listed record matches it.
 */
public record TruthEntry(String label, Kind kind, List<String> recordIds, String note) {
    public enum Kind {
        /** In at least one record; {@code recordIds} lists all of them. */
        EXPOSED("exposed"),
        /** Close to someone in the leak but not in it: a match would be a false positive. */
        HARD_NEGATIVE("hard-negative"),
        /** Not in the leak and not close to anyone in it. */
        ABSENT("absent");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name used in truth.jsonl. */
        public String id() {
            return id;
        }
    }

    public TruthEntry {
        recordIds = List.copyOf(recordIds);
    }
}
