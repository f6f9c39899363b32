package org.exposurecheck.pack;

import org.exposurecheck.base.Sentence;

/**
 * An installed pack whose file no longer matches what was verified when it was installed, found while a check
 * was reading it (decision 0031). Unchecked because it surfaces inside lookups, which cannot fail otherwise; the
 * command line and the app say its sentence and stop the check, since its answer could be wrong.
 */
public final class InstalledPackChangedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Sentence sentence;

    InstalledPackChangedException(Sentence sentence, Throwable cause) {
        super(sentence.inEnglish(), cause);
        this.sentence = sentence;
    }

    public Sentence sentence() {
        return sentence;
    }

    /** The same refusal as a checked exception, for code that reads a pack before any lookup. */
    public PackException refusal() {
        return new PackException(sentence, this);
    }
}
