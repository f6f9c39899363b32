package org.exposurecheck.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * HKIDs: "A123456(3)", "A1234563", "a123456 3", full-width — all become "A1234563". Leaks often mask
 * digits ("A123***(3)", "A1234**(*)", "A123XXX(X)"); a masked value becomes e.g. "A123***3". A full
 * number also yields the masked forms leaks print (last two to four digits hidden, with and without
 * the check digit), so a person who types their full number meets a masked leak entry.
 */
final class HkidNormaliser {
    private static final Pattern MASK = Pattern.compile("[*X?#●•]");
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,2}[0-9*]{6}[0-9A*]");
    private static final int[] MASKED_DIGIT_COUNTS = {2, 3, 4};

    private HkidNormaliser() {
    }

    static Normalised normalise(String raw) {
        String compact = Text.clean(raw).toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s()\\[\\]\\-]", "");
        if (compact.length() < 8 || compact.length() > 9) {
            return Normalised.invalid(Problem.HKID_FORMAT);
        }
        int letters = compact.length() - 7;
        String prefix = compact.substring(0, letters);
        // 'X' is a letter in the prefix but a mask in the digit and check positions.
        String rest = MASK.matcher(compact.substring(letters)).replaceAll("*");
        String candidate = prefix + rest;
        if (!SHAPE.matcher(candidate).matches()) {
            return Normalised.invalid(Problem.HKID_FORMAT);
        }
        if (candidate.indexOf('*') >= 0) {
            return Normalised.of(FormKind.HKID_MASKED, candidate);
        }
        if (Hkid.checkCharacter(candidate.substring(0, candidate.length() - 1)) != candidate.charAt(candidate.length() - 1)) {
            return Normalised.invalid(Problem.HKID_CHECK_DIGIT);
        }
        List<CanonicalForm> forms = new ArrayList<>();
        forms.add(new CanonicalForm(FormKind.HKID, candidate));
        forms.addAll(maskedForms(prefix, candidate.substring(letters, letters + 6), candidate.charAt(candidate.length() - 1)));
        return Normalised.of(forms);
    }

    private static List<CanonicalForm> maskedForms(String prefix, String digits, char check) {
        List<CanonicalForm> forms = new ArrayList<>();
        for (int hidden : MASKED_DIGIT_COUNTS) {
            String visible = prefix + digits.substring(0, 6 - hidden) + "*".repeat(hidden);
            forms.add(new CanonicalForm(FormKind.HKID_MASKED, visible + check, true));
            forms.add(new CanonicalForm(FormKind.HKID_MASKED, visible + "*", true));
        }
        return forms;
    }
}
