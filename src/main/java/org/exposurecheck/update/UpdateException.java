package org.exposurecheck.update;

import java.util.Locale;
import org.exposurecheck.pack.Sentence;

/**
 * An update step that cannot go on: one plain sentence for the person, never containing personal data
 * or a stack trace. What a person can meet in the app is a {@link Sentence} they read in their own
 * language; the curator's publishing tools speak English only.
 */
public class UpdateException extends Exception {
    private final transient Sentence sentence;

    public UpdateException(Sentence sentence) {
        super(sentence.inEnglish());
        this.sentence = sentence;
    }

    public UpdateException(Sentence sentence, Throwable cause) {
        super(sentence.inEnglish(), cause);
        this.sentence = sentence;
    }

    /** For {@link MirrorPublisher} only: publishing is the curator's work, in English. */
    UpdateException(String englishOnly) {
        super(englishOnly);
        this.sentence = UpdateRefusal.ENGLISH_ONLY.sentence("text", englishOnly);
    }

    /** For {@link MirrorPublisher} only: publishing is the curator's work, in English. */
    UpdateException(String englishOnly, Throwable cause) {
        super(englishOnly, cause);
        this.sentence = UpdateRefusal.ENGLISH_ONLY.sentence("text", englishOnly);
    }

    public Sentence sentence() {
        return sentence;
    }

    /** The sentence in {@code locale}, or in English where it exists only in English. */
    public String message(Locale locale) {
        return sentence.in(locale);
    }
}
