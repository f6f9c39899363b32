package org.exposurecheck.store.vault;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import java.util.Locale;
import org.exposurecheck.token.AttackerModel;
import org.exposurecheck.token.KdfParameters;

/**
 * How hard a passphrase is to guess, estimated by zxcvbn (zxcvbn4j): its score (0–4), the guesses it
 * expects an attacker to need, and its advice. A passphrase scoring below 2 — under a million guesses,
 * which one graphics card tries in well under an hour at the vault's cost — is refused
 * (docs/decisions/0025-what-the-vault-holds.md).
 */
public record PassphraseStrength(int score, double guessesLog10, String englishWarning, List<String> englishSuggestions) {
    static final int MIN_SCORE = 2;

    public PassphraseStrength {
        englishSuggestions = List.copyOf(englishSuggestions);
    }

    /** zxcvbn4j copies what it measures into strings it can wipe; they are wiped before this returns. */
    public static PassphraseStrength of(Passphrase passphrase) {
        Strength strength = Estimator.ZXCVBN.measure(passphrase.view());
        try {
            return new PassphraseStrength(strength.getScore(), strength.getGuessesLog10(),
                    strength.getFeedback().getWarning(Locale.ENGLISH), strength.getFeedback().getSuggestions(Locale.ENGLISH));
        } finally {
            strength.wipe();
        }
    }

    public boolean acceptable() {
        return score >= MIN_SCORE;
    }

    /** Years one reference graphics card ({@link AttackerModel}) needs for the guesses zxcvbn expects, at {@code cost}. */
    public double gpuYearsToGuess(KdfParameters cost) {
        return AttackerModel.gpuYears(Math.pow(10, guessesLog10), cost.costRelativeToReference());
    }

    /** zxcvbn loads its dictionaries once; measuring is thread-safe. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}
