package org.exposurecheck.store.vault;

import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.base.Sentence;

/** The vault cannot do what was asked: one plain sentence, never a value from a profile or a stack trace. */
public final class VaultException extends ExplainedException {
    VaultException(Sentence sentence) {
        super(sentence);
    }

    VaultException(Sentence sentence, Throwable cause) {
        super(sentence, cause);
    }
}
