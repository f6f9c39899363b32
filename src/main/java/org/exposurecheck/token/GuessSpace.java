package org.exposurecheck.token;

import java.util.EnumMap;
import java.util.Map;
import org.exposurecheck.identity.FormKind;

/**
 * How many candidate values an attacker must try to cover a kind, taken on the attacker-friendly side.
 * Sources and reasoning for each figure: docs/guess-spaces.md. A pair's space is the product of its
 * kinds' spaces, because each pair token must be guessed as a whole.
 */
public final class GuessSpace {
    private static final Map<FormKind, Double> SPACES = new EnumMap<>(Map.ofEntries(
            Map.entry(FormKind.NAME, 1e5),
            Map.entry(FormKind.HKID, 2.6e7),
            Map.entry(FormKind.HKID_MASKED, 2.6e4),
            Map.entry(FormKind.PHONE, 6e7),
            Map.entry(FormKind.EMAIL, 1e9),
            Map.entry(FormKind.ADDRESS_FLAT, 3e6),
            Map.entry(FormKind.ADDRESS_BUILDING, 4e4),
            Map.entry(FormKind.DOB, 3.7e4),
            Map.entry(FormKind.HANDLE, 2e7),
            Map.entry(FormKind.PLATE, 1e6),
            Map.entry(FormKind.EMPLOYER, 1e5)));

    private GuessSpace() {
    }

    public static double of(FormKind kind) {
        return SPACES.get(kind);
    }

    public static double of(TokenType type) {
        return type.kinds().stream().mapToDouble(GuessSpace::of).reduce(1, (a, b) -> a * b);
    }
}
