package org.exposurecheck.app.vault;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.store.vault.Passphrase;
import org.exposurecheck.store.vault.PassphraseStrength;
import org.exposurecheck.store.vault.VaultKdf;
import org.exposurecheck.token.KdfParameters;

/**
 * What the app says about a passphrase being chosen, as sentences in any of its languages: a verdict from
 * zxcvbn's score, the time one reference graphics card would need at the vault's cost, zxcvbn's warning and
 * suggestions (translated by the app, decision 0034), and whether the vault takes it at all. Holds no part
 * of the passphrase.
 */
public record PassphraseRating(int score, boolean acceptable, Sentence verdict, Sentence timeToGuess, Optional<Sentence> warning,
                               List<Sentence> suggestions) {
    public PassphraseRating {
        suggestions = List.copyOf(suggestions);
    }

    /** Rates {@code passphrase} (which stays the caller's to wipe) at the cost new vaults are made with. */
    public static PassphraseRating of(Passphrase passphrase) {
        return of(PassphraseStrength.of(passphrase), VaultKdf.DEFAULT_COST);
    }

    static PassphraseRating of(PassphraseStrength strength, KdfParameters cost) {
        Sentence verdict = strength.acceptable() ? VaultTexts.sentence("strength.score." + strength.score())
                : VaultTexts.sentence("strength.refused");
        return new PassphraseRating(strength.score(), strength.acceptable(), verdict,
                GuessTime.of(strength.gpuYearsToGuess(cost)),
                strength.warningKey().map(PassphraseRating::zxcvbn), strength.suggestionKeys().stream().map(PassphraseRating::zxcvbn).toList());
    }

    private static Sentence zxcvbn(String key) {
        return new Sentence(VaultTexts.ZXCVBN_BUNDLE, key, Map.of());
    }

    /** That a forgotten passphrase is the end of the vault; shown whenever one is chosen. */
    public static Sentence cannotRecover() {
        return VaultTexts.sentence("warning.cannotRecover");
    }

    /** That the vault's existence, though not its contents, shows to whoever holds the computer. */
    public static Sentence visibleOnThisComputer() {
        return VaultTexts.sentence("warning.visible");
    }

    /** That zxcvbn knows English words, not Chinese ones. */
    public static Sentence estimateLimits() {
        return VaultTexts.sentence("strength.limits");
    }
}
