package org.exposurecheck.store.vault;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.exposurecheck.base.Bundles;
import org.exposurecheck.token.AttackerModel;
import org.exposurecheck.token.KdfParameters;

/**
 * How hard a passphrase is to guess, estimated by zxcvbn (zxcvbn4j): its score (0–4), the guesses it
 * expects an attacker to need, and its advice as zxcvbn's message keys (its own texts are English only; the app
 * translates the keys, decision 0034). A passphrase scoring below 2 — under a million guesses,
 * which one graphics card tries in well under an hour at the vault's cost — is refused
 * (docs/decisions/0025-what-the-vault-holds.md).
 */
public record PassphraseStrength(int score, double guessesLog10, Optional<String> warningKey, List<String> suggestionKeys) {
    static final int MIN_SCORE = 2;
    /** zxcvbn4j's own message bundle (English at its root); the app's translations of its keys mirror it. */
    public static final String ZXCVBN_MESSAGES = "com.nulabinc.zxcvbn.messages";
    /** Answers every key with the key itself, so zxcvbn's feedback yields its message keys instead of English text. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    public PassphraseStrength {
        suggestionKeys = List.copyOf(suggestionKeys);
    }

    /** zxcvbn4j copies what it measures into strings it can wipe; they are wiped before this returns. */
    public static PassphraseStrength of(Passphrase passphrase) {
        Strength strength = Estimator.ZXCVBN.measure(passphrase.view());
        try {
            Feedback keyed = strength.getFeedback().withResourceBundle(KEYS);
            String warning = keyed.getWarning();
            return new PassphraseStrength(strength.getScore(), strength.getGuessesLog10(),
                    warning == null || warning.isEmpty() ? Optional.empty() : Optional.of(warning), keyed.getSuggestions());
        } finally {
            strength.wipe();
        }
    }

    /** zxcvbn's own English warning, or an empty string; for the command line. */
    public String englishWarning() {
        return warningKey.map(PassphraseStrength::english).orElse("");
    }

    public List<String> englishSuggestions() {
        return suggestionKeys.stream().map(PassphraseStrength::english).toList();
    }

    private static String english(String key) {
        return Bundles.get(ZXCVBN_MESSAGES, Locale.ROOT).getString(key);
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
