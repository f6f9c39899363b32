package org.exposurecheck.pack;

import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.base.Sentence;

/**
 * A pack, key or source file that cannot be used. The message is one plain sentence for the person
 * at the keyboard; it never contains personal data. What a person can meet in the app is a
 * {@link Sentence} they read in their own language; the curator's build tools speak English only.
 */
public class PackException extends ExplainedException {
    public PackException(String message) {
        super(message);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
    }

    public PackException(Sentence sentence) {
        super(sentence);
    }

    public PackException(Sentence sentence, Throwable cause) {
        super(sentence, cause);
    }
}
