package org.exposurecheck.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Vehicle registration marks: upper-case, no spaces or hyphens ("ab 1234" → "AB1234"). */
final class PlateNormaliser {
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{2,8}");

    private PlateNormaliser() {
    }

    static Normalised normalise(String raw) {
        String plate = Text.removeSpaces(Text.clean(raw)).replace("-", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(plate).matches()) {
            return Normalised.invalid(Problem.PLATE_INVALID);
        }
        return Normalised.of(FormKind.PLATE, plate);
    }
}
