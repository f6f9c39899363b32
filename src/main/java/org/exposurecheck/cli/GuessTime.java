package org.exposurecheck.cli;

import java.util.Locale;

/** A guessing time in words a person can weigh: "under an hour", "about 3 days", "about 40 thousand years". */
final class GuessTime {
    private static final double HOURS_PER_YEAR = 365.25 * 24;

    private GuessTime() {
    }

    static String describe(double years) {
        double hours = years * HOURS_PER_YEAR;
        if (hours < 1) {
            return "under an hour";
        }
        if (hours < 48) {
            return about(hours, "hours");
        }
        if (years < 2) {
            return about(hours / 24, "days");
        }
        if (years < 1e3) {
            return about(years, "years");
        }
        if (years < 1e6) {
            return about(years / 1e3, "thousand years");
        }
        if (years < 1e9) {
            return about(years / 1e6, "million years");
        }
        return "more than a billion years";
    }

    private static String about(double amount, String unit) {
        return String.format(Locale.ROOT, "about %.0f %s", amount, unit);
    }
}
