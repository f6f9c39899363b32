package org.exposurecheck.app.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.exposurecheck.base.Bundles;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.store.vault.Passphrase;
import org.exposurecheck.store.vault.PassphraseStrength;
import org.junit.jupiter.api.Test;

/** A passphrase's rating in the app's three languages, zxcvbn's advice included, and the warnings that go with choosing one. */
class PassphraseRatingTest {
    private static final Locale HK = Locale.forLanguageTag("zh-HK");
    private static final Locale CN = Locale.forLanguageTag("zh-CN");

    private static PassphraseRating rate(String passphrase) {
        try (Passphrase typed = Passphrase.wrap(passphrase.toCharArray())) {
            return PassphraseRating.of(typed);
        }
    }

    @Test
    void aCommonPasswordIsRefusedWithZxcvbnsWarningInEachLanguage() {
        PassphraseRating rating = rate("password1");

        assertThat(rating.acceptable()).isFalse();
        assertThat(rating.verdict().inEnglish()).startsWith("The vault will not take a passphrase this easy to guess");
        assertThat(rating.timeToGuess().inEnglish()).isEqualTo("One high-end graphics card would need under an hour to guess it.");
        Sentence warning = rating.warning().orElseThrow();
        assertThat(warning.inEnglish()).isEqualTo("This is a very common password.");
        assertThat(warning.in(HK)).isEqualTo("這是非常常用的密碼。");
        assertThat(warning.in(CN)).isEqualTo("这是非常常用的密码。");
        assertThat(rating.suggestions()).isNotEmpty().allSatisfy(suggestion -> assertThat(suggestion.in(HK)).containsPattern("\\p{IsHan}"));
    }

    @Test
    void fiveRandomWordsAreRatedVeryHardWithATimeInWords() {
        PassphraseRating rating = rate("plinth mango quarry velvet ochre");

        assertThat(rating.acceptable()).isTrue();
        assertThat(rating.score()).isEqualTo(4);
        assertThat(rating.verdict().inEnglish()).isEqualTo("Very hard to guess");
        assertThat(rating.verdict().in(HK)).isEqualTo("非常難以猜中");
        assertThat(rating.timeToGuess().inEnglish()).matches("One high-end graphics card would need (about [\\d,]+ (thousand |million )?years|more than a billion years) to guess it\\.");
        assertThat(rating.warning()).isEmpty();
    }

    @Test
    void guessingTimesReadNaturallyFromHoursToBillionsOfYears() {
        double hour = 1 / (365.25 * 24);
        assertThat(GuessTime.of(0.5 * hour).inEnglish()).contains("under an hour");
        assertThat(GuessTime.of(1 * hour).inEnglish()).contains("about 1 hour to");
        assertThat(GuessTime.of(30 * hour).inEnglish()).contains("about 30 hours");
        assertThat(GuessTime.of(3 * 24 * hour).inEnglish()).contains("about 3 days");
        assertThat(GuessTime.of(3 * 24 * hour).in(HK)).isEqualTo("一張高階顯示卡約需 3 日才能猜中。");
        assertThat(GuessTime.of(40).inEnglish()).contains("about 40 years");
        assertThat(GuessTime.of(40_000).inEnglish()).contains("about 40 thousand years");
        assertThat(GuessTime.of(7e6).in(CN)).isEqualTo("一张高端显卡约需 7 百万年才能猜中。");
        assertThat(GuessTime.of(2e9).inEnglish()).contains("more than a billion years");
    }

    @Test
    void everyZxcvbnMessageHasATranslationAndNoOtherKeyIsThere() {
        Set<String> zxcvbn = keys(Bundles.get(PassphraseStrength.ZXCVBN_MESSAGES, Locale.ROOT));
        assertThat(zxcvbn).as("zxcvbn4j's own bundle was found").hasSizeGreaterThan(20);
        for (Locale locale : new Locale[] {Locale.ENGLISH, HK, CN}) {
            assertThat(keys(Bundles.get(VaultTexts.ZXCVBN_BUNDLE, locale))).as("%s", locale).isEqualTo(zxcvbn);
        }
    }

    @Test
    void choosingAPassphraseComesWithThePlainWarnings() {
        assertThat(PassphraseRating.cannotRecover().inEnglish()).startsWith("Nobody can recover a forgotten passphrase");
        assertThat(PassphraseRating.cannotRecover().in(HK)).contains("沒有人能找回");
        assertThat(PassphraseRating.visibleOnThisComputer().in(CN)).contains("保险库");
        assertThat(PassphraseRating.estimateLimits().inEnglish()).contains("Chinese");
    }

    private static Set<String> keys(ResourceBundle bundle) {
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }
}
