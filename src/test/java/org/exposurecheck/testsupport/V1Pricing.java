package org.exposurecheck.testsupport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.token.PairPlanner;
import org.exposurecheck.token.RecordShape;

/**
 * The audit as it was before v2 (docs/guess-spaces.md at decision 0011): a pair's guess space is the product of
 * its two kinds' independent spaces, a century of birth dates, and no chains. Production no longer uses it; the
 * attack tests build their positive controls with it, to show the attacks do recover records from such packs.
 */
public final class V1Pricing implements PairPlanner {
    /** Builds packs the v1 way at whatever policy the build sets. */
    public static final DoubleFunction<PairPlanner> MODEL = V1Pricing::new;

    private static final Map<FormKind, Double> SPACES = new EnumMap<>(Map.ofEntries(
            Map.entry(FormKind.NAME, 1e5), Map.entry(FormKind.HKID, 2.6e7), Map.entry(FormKind.HKID_MASKED, 2.6e4),
            Map.entry(FormKind.PHONE, 6e7), Map.entry(FormKind.EMAIL, 1e9), Map.entry(FormKind.ADDRESS_FLAT, 3e6),
            Map.entry(FormKind.ADDRESS_BUILDING, 4e4), Map.entry(FormKind.DOB, 3.7e4), Map.entry(FormKind.HANDLE, 2e7),
            Map.entry(FormKind.PLATE, 1e6), Map.entry(FormKind.EMPLOYER, 1e5)));

    private final double policyGuesses;

    private V1Pricing(double policyGuesses) {
        this.policyGuesses = policyGuesses;
    }

    /** The v1 guess space of a token type: the product of its kinds' spaces. */
    public static double space(List<FormKind> kinds) {
        return kinds.stream().mapToDouble(SPACES::get).reduce(1, (a, b) -> a * b);
    }

    @Override
    public Plan plan(RecordShape candidates) {
        List<Integer> kept = new ArrayList<>();
        List<Reason> dropped = new ArrayList<>();
        for (int token = 0; token < candidates.tokens().size(); token++) {
            boolean ships = space(candidates.type(candidates.tokens().get(token)).kinds()) >= policyGuesses;
            if (ships) {
                kept.add(token);
            }
            dropped.add(ships ? null : Reason.ENTRY);
        }
        return new Plan(kept, dropped);
    }
}
