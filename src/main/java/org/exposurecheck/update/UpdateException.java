package org.exposurecheck.update;

import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.base.Sentence;

/**
 * An update step that cannot go on: one plain sentence for the person, never containing personal data
 * or a stack trace. What a person can meet in the app is a {@link Sentence} they read in their own
 * language; the curator's publishing tools speak English only.
 */
public class UpdateException extends ExplainedException {
    public UpdateException(Sentence sentence) {
        super(sentence);
    }

    public UpdateException(Sentence sentence, Throwable cause) {
        super(sentence, cause);
    }

    /** For {@link MirrorPublisher} only: publishing is the curator's work, in English. */
    UpdateException(String englishOnly) {
        super(englishOnly);
    }

    /** For {@link MirrorPublisher} only: publishing is the curator's work, in English. */
    UpdateException(String englishOnly, Throwable cause) {
        super(englishOnly, cause);
    }
}
