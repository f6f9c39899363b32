package org.exposurecheck.token;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.exposurecheck.identity.FormKind;

/**
 * How many candidate values an attacker must try to find one value of a kind, taken on the attacker-friendly
 * side: on its own ({@link #of}), and given another kind the attacker already knows ({@link #given}). Sources
 * and reasoning for every figure: docs/guess-spaces.md. E-mail addresses and handles spelled from a name are
 * priced per value by {@link NameDerivedGrammar}, not here.
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
            Map.entry(FormKind.DOB, 1.83e4),
            Map.entry(FormKind.HANDLE, 2e7),
            Map.entry(FormKind.PLATE, 1e6),
            Map.entry(FormKind.EMPLOYER, 1e5)));

    /** Flats in one block or building (40 floors × 10 flats). */
    static final double FLATS_PER_BUILDING = 400;
    /** Full HKIDs sharing one masked form: masks hide at least two digits, and the check character follows from the rest. */
    static final double HKIDS_PER_MASK = 100;
    /** HKIDs given the date of birth: numbers are issued in sequence at registration, about a year's births apart. */
    static final double HKIDS_PER_BIRTH_DATE = 1e5;
    /** Masked HKIDs given the date of birth, and dates of birth given an HKID or its masked form (about three years). */
    static final double DATES_PER_HKID = 1e3;

    private GuessSpace() {
    }

    public static double of(FormKind kind) {
        return SPACES.get(kind);
    }

    /**
     * The space of {@code unknown} once one value of {@code known} (of the same record) is known, when the two are
     * correlated; empty when knowing one says nothing about the other.
     */
    public static OptionalDouble given(FormKind unknown, FormKind known) {
        if (unknown == known && (unknown == FormKind.NAME || unknown == FormKind.ADDRESS_FLAT || unknown == FormKind.ADDRESS_BUILDING)) {
            // The same person's name, or the same home printed again (in the other script): one lookup away.
            return OptionalDouble.of(1);
        }
        return switch (unknown) {
            case ADDRESS_BUILDING -> known == FormKind.ADDRESS_FLAT ? OptionalDouble.of(1) : OptionalDouble.empty();
            case ADDRESS_FLAT -> known == FormKind.ADDRESS_BUILDING ? OptionalDouble.of(FLATS_PER_BUILDING) : OptionalDouble.empty();
            case HKID_MASKED -> known == FormKind.HKID ? OptionalDouble.of(1)
                    : known == FormKind.DOB ? OptionalDouble.of(DATES_PER_HKID) : OptionalDouble.empty();
            case HKID -> known == FormKind.HKID_MASKED ? OptionalDouble.of(HKIDS_PER_MASK)
                    : known == FormKind.DOB ? OptionalDouble.of(HKIDS_PER_BIRTH_DATE) : OptionalDouble.empty();
            case DOB -> known == FormKind.HKID || known == FormKind.HKID_MASKED ? OptionalDouble.of(DATES_PER_HKID) : OptionalDouble.empty();
            default -> OptionalDouble.empty();
        };
    }
}
