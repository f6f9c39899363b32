package org.exposurecheck.app.vault;

import org.exposurecheck.base.Sentence;

/** How long one reference graphics card needs to guess a passphrase, in words a person can weigh: "about 3 days". */
final class GuessTime {
    private static final double HOURS_PER_YEAR = 365.25 * 24;

    private GuessTime() {
    }

    static Sentence of(double years) {
        double hours = years * HOURS_PER_YEAR;
        if (hours < 1) {
            return VaultTexts.sentence("guess.underHour");
        }
        if (hours < 48) {
            return about("guess.hours", hours);
        }
        if (years < 2) {
            return about("guess.days", hours / 24);
        }
        if (years < 1e3) {
            return about("guess.years", years);
        }
        if (years < 1e6) {
            return about("guess.thousandYears", years / 1e3);
        }
        if (years < 1e9) {
            return about("guess.millionYears", years / 1e6);
        }
        return VaultTexts.sentence("guess.billionYears");
    }

    private static Sentence about(String key, double amount) {
        return VaultTexts.sentence(key, "count", Math.round(amount));
    }
}
