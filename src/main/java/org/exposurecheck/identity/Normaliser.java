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

    /**
     * Reads one made-up value of every type, so the tables and ICU transforms behind them are loaded before
     * the person's first value (ICU's transliterators and the Cantonese readings take a noticeable moment).
     */
    public void warmUp() {
        normalise(IdentifierType.NAME, "陳大文 Chan Tai Man");
        normalise(IdentifierType.HKID, "A123456(3)");
        normalise(IdentifierType.PHONE, "9123 4567");
        normalise(IdentifierType.EMAIL, "tai.man@example.org");
        normalise(IdentifierType.ADDRESS, "新界沙田華富邨第3座12樓A室");
        normalise(IdentifierType.ADDRESS, "Flat A, 12/F, Block 3, Wah Fu Estate");
        normalise(IdentifierType.DOB, "1/5/1990");
        normalise(IdentifierType.HANDLE, "@example");
        normalise(IdentifierType.PLATE, "AB 1234");
        normalise(IdentifierType.EMPLOYER, "香港大學");
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
