package org.exposurecheck.match;

import org.exposurecheck.base.Sentence;

/** A keyed lookup that gave no usable answer (unreachable, rate-limited, a bad proof): one sentence for the person. */
public final class KeyedLookupException extends Exception {
    private final transient Sentence sentence;

    public KeyedLookupException(Sentence sentence, Throwable cause) {
        super(sentence.inEnglish(), cause);
        this.sentence = sentence;
    }

    public Sentence sentence() {
        return sentence;
    }
}
