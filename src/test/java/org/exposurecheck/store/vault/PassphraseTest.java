package org.exposurecheck.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.exposurecheck.token.KdfParameters;
import org.junit.jupiter.api.Test;

/** Passphrases stay in arrays that are zeroed, print redacted, and are judged by zxcvbn. */
class PassphraseTest {
    @Test
    void destroyingZeroesTheArrayItWasGiven() {
        char[] typed = "plinth mango quarry".toCharArray();
        Passphrase passphrase = Passphrase.wrap(typed);
        assertThat(passphrase.toString()).isEqualTo("Passphrase[<redacted>]");
        passphrase.close();
        assertThat(typed).containsOnly('\0');
        assertThat(passphrase.isDestroyed()).isTrue();
        assertThatThrownBy(passphrase::length).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFileOfUtf8BytesIsReadAndAnythingElseIsNot() {
        try (Passphrase fromFile = Passphrase.fromUtf8("陳 plinth".getBytes(StandardCharsets.UTF_8));
             Passphrase typed = Passphrase.wrap("陳 plinth".toCharArray())) {
            assertThat(fromFile.sameAs(typed)).isTrue();
        }
        assertThat(Passphrase.fromUtf8(new byte[] {(byte) 0xC3, (byte) 0x28})).isNull();
    }

    @Test
    void guessablePassphrasesScoreLowAndLongRandomWordsHigh() {
        PassphraseStrength weak = PassphraseStrength.of(Passphrase.wrap("password1".toCharArray()));
        assertThat(weak.acceptable()).isFalse();
        assertThat(weak.englishWarning()).isNotBlank();
        PassphraseStrength strong = PassphraseStrength.of(Passphrase.wrap("plinth mango quarry velvet ochre".toCharArray()));
        assertThat(strong.acceptable()).isTrue();
        assertThat(strong.score()).isEqualTo(4);
        KdfParameters reference = KdfParameters.REFERENCE;
        assertThat(strong.gpuYearsToGuess(new KdfParameters(reference.memoryKiB() * 2, reference.iterations(), 1)))
                .as("twice the KDF work, twice the attacker's years").isCloseTo(2 * strong.gpuYearsToGuess(reference),
                        org.assertj.core.data.Percentage.withPercentage(0.001));
    }
}
