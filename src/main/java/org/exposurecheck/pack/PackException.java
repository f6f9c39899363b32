package org.exposurecheck.pack;

import java.util.Locale;

/**
 * A pack, key or source file that cannot be used. The message is one plain sentence for the person
 * at the keyboard; it never contains personal data. What a person can meet in the app is a
 * {@link Sentence} they read in their own language; the curator's build tools speak English only.
 */
public class PackException extends Exception {
    private final transient Sentence sentence;

    public PackException(String message) {
        super(message);
        this.sentence = null;
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
        this.sentence = null;
    }

    public PackException(Sentence sentence) {
        super(sentence.inEnglish());
        this.sentence = sentence;
    }

    public PackException(Sentence sentence, Throwable cause) {
        super(sentence.inEnglish(), cause);
        this.sentence = sentence;
    }

    /** The sentence in {@code locale}, or in English where it exists only in English. */
    public String message(Locale locale) {
        return sentence().in(locale);
    }

    /** The sentence, to be said later in the person's language; an English-only message is kept as it is. */
    public Sentence sentence() {
        return sentence != null ? sentence : PackRefusal.ENGLISH_ONLY.sentence("text", getMessage());
    }
}
