package org.exposurecheck.identity;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Normalisation version N1: turns one identifier, as a person or a leak wrote it, into its canonical
 * forms. Runs identically on both sides of a match; every pack records the version it was built with.
 * Any change to a canonical form needs a new version, because old packs hold tokens of the old forms.
 */
public final class Normaliser {
    public static final String VERSION = "N1";

    private final Clock clock;

    public Normaliser(Clock clock) {
        this.clock = clock;
    }

    public Normaliser() {
        this(Clock.systemDefaultZone());
    }

    public Normalised normalise(Identifier identifier) {
        return normalise(identifier.type(), identifier.value());
    }

    public Normalised normalise(IdentifierType type, String raw) {
        if (raw == null || Text.clean(raw).isEmpty()) {
            return Normalised.invalid(Problem.EMPTY);
        }
        return switch (type) {
            case NAME -> NameNormaliser.normalise(raw);
            case HKID -> HkidNormaliser.normalise(raw);
            case PHONE -> PhoneNormaliser.normalise(raw);
            case EMAIL -> EmailNormaliser.normalise(raw);
            case ADDRESS -> AddressNormaliser.normalise(raw);
            case DOB -> DobNormaliser.normalise(raw, LocalDate.now(clock));
            case HANDLE -> HandleNormaliser.normalise(raw);
            case PLATE -> PlateNormaliser.normalise(raw);
            case EMPLOYER -> EmployerNormaliser.normalise(raw);
            case PHOTO -> Normalised.invalid(Problem.UNSUPPORTED_TYPE);
        };
    }
}
