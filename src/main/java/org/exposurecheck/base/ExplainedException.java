package org.exposurecheck.base;

import java.util.Locale;

/**
 * Something asked of the app cannot be done, explained in one plain sentence for the person at the keyboard:
 * never personal data, never a stack trace. What a person can meet in the app is a {@link Sentence} they read
 * in their own language; the curator's tools speak English only. Each layer says what went wrong in its own
 * subclass ({@code PackException}, {@code StoreException}, {@code UpdateException}…); a front-end that only
 * shows the sentence catches this.
 */
public class ExplainedException extends Exception {
    private final transient Sentence sentence;

    public ExplainedException(Sentence sentence) {
        super(sentence.inEnglish());
        this.sentence = sentence;
    }

    public ExplainedException(Sentence sentence, Throwable cause) {
        super(sentence.inEnglish(), cause);
        this.sentence = sentence;
    }

    /** A message that exists in English only: the curator's build and publishing tools. */
    public ExplainedException(String englishOnly) {
        this(BaseRefusal.ENGLISH_ONLY.sentence("text", englishOnly));
    }

    /** A message that exists in English only, with its cause. */
    public ExplainedException(String englishOnly, Throwable cause) {
        this(BaseRefusal.ENGLISH_ONLY.sentence("text", englishOnly), cause);
    }

    /** The sentence, to be said later in the person's language. */
    public Sentence sentence() {
        return sentence;
    }

    /** The sentence in {@code locale}, or in English where it exists only in English. */
    public String message(Locale locale) {
        return sentence.in(locale);
    }

    /** Whether this is {@code refusal}, so a caller can tell one reason from another without reading text. */
    public boolean is(Refusal refusal) {
        return sentence.bundle().equals(refusal.bundle()) && sentence.key().equals(refusal.messageKey());
    }
}
