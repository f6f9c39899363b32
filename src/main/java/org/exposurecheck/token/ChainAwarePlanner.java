package org.exposurecheck.token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.exposurecheck.identity.FormKind;

/**
 * The v2 builder's choice of tokens for one record: candidates whose entry is cheaper than the policy are dropped;
 * the rest are taken greedily, most useful for matching first (a phone with the name before anything else,
 * since nearly everyone who checks types both), and each is kept only if the record's shape with it still passes
 * the {@link ChainAudit}. Shapes repeat across records, so plans are remembered by shape (kinds and rounded
 * derivation counts only, never a value).
 */
public final class ChainAwarePlanner implements PairPlanner {
    /** How much a kind helps a person find their record: how often people type it and how often leaks print it. */
    private static final Map<FormKind, Integer> USEFULNESS = new EnumMap<>(Map.ofEntries(
            Map.entry(FormKind.PHONE, 10), Map.entry(FormKind.NAME, 9), Map.entry(FormKind.HKID, 8), Map.entry(FormKind.EMAIL, 7),
            Map.entry(FormKind.ADDRESS_FLAT, 6), Map.entry(FormKind.HANDLE, 5), Map.entry(FormKind.DOB, 4),
            Map.entry(FormKind.ADDRESS_BUILDING, 3), Map.entry(FormKind.HKID_MASKED, 3), Map.entry(FormKind.PLATE, 2),
            Map.entry(FormKind.EMPLOYER, 1)));
    private static final int REMEMBERED_SHAPES = 10_000;

    private final ChainAudit audit;
    private final Map<RecordShape, Plan> plans = new ConcurrentHashMap<>();

    public ChainAwarePlanner(ChainAudit audit) {
        this.audit = audit;
    }

    @Override
    public Plan plan(RecordShape candidates) {
        Plan known = plans.get(candidates);
        if (known != null) {
            return known;
        }
        Plan plan = choose(candidates);
        if (plans.size() < REMEMBERED_SHAPES) {
            plans.put(candidates, plan);
        }
        return plan;
    }

    private Plan choose(RecordShape candidates) {
        int count = candidates.tokens().size();
        PairPlanner.Reason[] dropped = new PairPlanner.Reason[count];
        List<Integer> order = new ArrayList<>();
        for (int token = 0; token < count; token++) {
            if (audit.entryGuesses(candidates.keeping(List.of(token)), 0) < audit.policyGuesses()) {
                dropped[token] = PairPlanner.Reason.ENTRY;
            } else {
                order.add(token);
            }
        }
        order.sort(Comparator.comparingInt((Integer token) -> -usefulness(candidates, token))
                .thenComparing(token -> candidates.type(candidates.tokens().get(token)).tag()));
        List<Integer> kept = new ArrayList<>();
        for (int token : order) {
            kept.add(token);
            RecordShape shape = candidates.keeping(kept);
            if (shape.values().size() > RecordShape.MAX_VALUES || shape.tokens().size() > RecordShape.MAX_TOKENS) {
                kept.remove(kept.size() - 1);
                dropped[token] = PairPlanner.Reason.LIMIT;
            } else if (!audit.audit(shape).passes()) {
                kept.remove(kept.size() - 1);
                dropped[token] = PairPlanner.Reason.CHAIN;
            }
        }
        kept.sort(Comparator.naturalOrder());
        return new Plan(List.copyOf(kept), Collections.unmodifiableList(Arrays.asList(dropped)));
    }

    private static int usefulness(RecordShape shape, int token) {
        RecordShape.Link link = shape.tokens().get(token);
        int first = USEFULNESS.get(shape.values().get(link.first()).kind());
        return link.isPair() ? first + USEFULNESS.get(shape.values().get(link.second()).kind()) : first;
    }
}
