package org.exposurecheck.store.vault;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.exposurecheck.identity.IdentifierType;

/**
 * The resolution checklist of one saved profile: per kind of detail, which steps of its advice
 * ({@code report.Advice}, numbered from 1) the person has ticked as done.
 */
public record Checklist(Map<IdentifierType, SortedSet<Integer>> ticked) {
    public static final Checklist EMPTY = new Checklist(Map.of());

    public Checklist {
        Map<IdentifierType, SortedSet<Integer>> copy = new EnumMap<>(IdentifierType.class);
        ticked.forEach((type, steps) -> {
            if (steps.stream().anyMatch(step -> step < 1)) {
                throw new IllegalArgumentException("advice steps are numbered from 1");
            }
            if (!steps.isEmpty()) {
                copy.put(type, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(steps)));
            }
        });
        ticked = java.util.Collections.unmodifiableMap(copy);
    }

    public Set<Integer> ticked(IdentifierType type) {
        return ticked.getOrDefault(type, java.util.Collections.emptySortedSet());
    }

    public Checklist tick(IdentifierType type, int step) {
        return with(type, step, true);
    }

    public Checklist untick(IdentifierType type, int step) {
        return with(type, step, false);
    }

    private Checklist with(IdentifierType type, int step, boolean done) {
        Map<IdentifierType, SortedSet<Integer>> next = new EnumMap<>(IdentifierType.class);
        ticked.forEach((kind, steps) -> next.put(kind, new TreeSet<>(steps)));
        SortedSet<Integer> steps = next.computeIfAbsent(type, kind -> new TreeSet<>());
        if (done) {
            steps.add(step);
        } else {
            steps.remove(step);
        }
        return new Checklist(next);
    }
}
