package org.exposurecheck.store.vault;

import java.util.Locale;
import org.exposurecheck.pack.Sentence;

/** The vault cannot do what was asked: one plain sentence, never a value from a profile or a stack trace. */
public final class VaultException extends Exception {
    private final transient Sentence sentence;

    VaultException(Sentence sentence) {
        super(sentence.inEnglish());
        this.sentence = sentence;
    }

    VaultException(Sentence sentence, Throwable cause) {
        super(sentence.inEnglish(), cause);
        this.sentence = sentence;
    }

    public Sentence sentence() {
        return sentence;
    }

    public String message(Locale locale) {
        return sentence.in(locale);
    }

    /** Which refusal this is, so callers can tell a wrong passphrase from a damaged file. */
    public boolean is(VaultRefusal refusal) {
        return sentence.key().equals(refusal.messageKey());
    }
}
