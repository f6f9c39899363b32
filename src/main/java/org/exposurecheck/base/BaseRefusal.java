package org.exposurecheck.base;


/**
 * Refusals that any layer can meet: a file that cannot be read or written, and a message that exists in
 * English only. Each has a sentence in the {@code base/refusals} bundle (en, zh-HK, zh-CN).
 */
public enum BaseRefusal implements Refusal {
    CANNOT_WRITE,
    CANNOT_READ,
    /** A curator-tool message that exists in English only. */
    ENGLISH_ONLY;

    public static final String BUNDLE = "org.exposurecheck.base.refusals";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    /** This refusal caused by an I/O failure, whose own explanation becomes {@code {detail}}. */
    public ExplainedException because(Exception failure, Object... namesAndValues) {
        return new ExplainedException(sentenceBecause(failure, namesAndValues), failure);
    }
}
