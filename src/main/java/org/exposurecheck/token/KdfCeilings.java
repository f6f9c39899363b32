package org.exposurecheck.token;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.exposurecheck.identity.FormKind;

/**
 * The KDF settings a client accepts: a pack may not make a person's computer spend more than a few minutes or
 * more memory than a clinic laptop has on one check (decision 0013). Costlier settings make no pack safer in
 * practice, so a pack that asks for them is broken or hostile.
 */
public final class KdfCeilings {
    /** 1 GiB per guess: two worker threads still fit on a 4 GB laptop. */
    public static final int MAX_MEMORY_KIB = 1024 * 1024;
    public static final int MAX_ITERATIONS = 10;
    /** A check of a typical profile against the pack, on the slowest computer we plan for. */
    public static final double MAX_CHECK_SECONDS = 5 * 60;
    /** One Argon2id token at 64 MiB, t=3 on one core of a modest laptop (NOTES-STACK: 167–200 ms). */
    static final double REFERENCE_SECONDS_PER_TOKEN = 0.2;
    /** Cores of the slowest computer we plan for. */
    static final int CORES = 2;
    /** Canonical forms a typical profile gives per kind (a name in characters and romanised, six masked HKID forms, …). */
    private static final Map<FormKind, Integer> TYPICAL_FORMS = new EnumMap<>(Map.ofEntries(
            Map.entry(FormKind.NAME, 4), Map.entry(FormKind.HKID, 1), Map.entry(FormKind.HKID_MASKED, 6),
            Map.entry(FormKind.PHONE, 1), Map.entry(FormKind.EMAIL, 1), Map.entry(FormKind.ADDRESS_FLAT, 2),
            Map.entry(FormKind.ADDRESS_BUILDING, 2), Map.entry(FormKind.DOB, 1), Map.entry(FormKind.HANDLE, 2),
            Map.entry(FormKind.PLATE, 1), Map.entry(FormKind.EMPLOYER, 2)));

    /** Which ceiling a pack's settings break. */
    public enum Exceeded { MEMORY, ITERATIONS, CHECK_TIME }

    private KdfCeilings() {
    }

    public static Optional<Exceeded> check(KdfParameters kdf, Collection<TokenType> types) {
        if (kdf.memoryKiB() > MAX_MEMORY_KIB) {
            return Optional.of(Exceeded.MEMORY);
        }
        if (kdf.iterations() > MAX_ITERATIONS) {
            return Optional.of(Exceeded.ITERATIONS);
        }
        if (estimatedCheckSeconds(kdf, types) > MAX_CHECK_SECONDS) {
            return Optional.of(Exceeded.CHECK_TIME);
        }
        return Optional.empty();
    }

    /** Seconds to derive the tokens a typical profile needs for these types, on {@value #CORES} modest cores. */
    public static double estimatedCheckSeconds(KdfParameters kdf, Collection<TokenType> types) {
        double tokens = 0;
        for (TokenType type : types) {
            tokens += type.kinds().stream().mapToInt(TYPICAL_FORMS::get).reduce(1, (a, b) -> a * b);
        }
        return tokens * REFERENCE_SECONDS_PER_TOKEN * kdf.costRelativeToReference() / CORES;
    }
}
