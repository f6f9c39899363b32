package org.exposurecheck.identity;

/** The Hong Kong identity card check digit: weights 9..2 over (space=36 | letter) letter digits, mod 11. */
public final class Hkid {
    private Hkid() {
    }

    /**
     * The check character for a prefix of one or two letters and six digits, e.g. "A123456" → '3'.
     * Returns '0'..'9' or 'A' (for 10).
     */
    public static char checkCharacter(String lettersAndDigits) {
        String body = lettersAndDigits.length() == 7 ? " " + lettersAndDigits : lettersAndDigits;
        if (body.length() != 8) {
            throw new IllegalArgumentException("expected one or two letters and six digits");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * value(body.charAt(i));
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'A' : (char) ('0' + check);
    }

    private static int value(char c) {
        if (c == ' ') {
            return 36;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        throw new IllegalArgumentException("not an HKID character");
    }
}
