package org.exposurecheck.store;

import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.base.Sentence;

/** The data directory cannot do what was asked: one plain sentence, the pack files always left as they were. */
public class StoreException extends ExplainedException {
    public StoreException(Sentence sentence) {
        super(sentence);
    }

    public StoreException(Sentence sentence, Throwable cause) {
        super(sentence, cause);
    }
}
