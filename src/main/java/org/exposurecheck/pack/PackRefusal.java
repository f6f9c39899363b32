package org.exposurecheck.pack;

import org.exposurecheck.base.Refusal;

/**
 * Why a pack cannot be used, as a person installing or checking meets it.
 * Each has a sentence in the {@code refusals} bundle (en, zh-HK, zh-CN) whose named arguments are
 * listed in the English file.
 */
public enum PackRefusal implements Refusal {
    NOT_A_PACK,
    PACK_TOO_LARGE,
    MANIFEST_SIZE,
    UNSIGNED,
    BAD_SIGNATURE,
    MANIFEST_UNREADABLE,
    MANIFEST_FIELD,
    PACK_ID_INVALID,
    DEMO_ID_NOT_DEMO,
    FORMAT_UNKNOWN,
    MANIFEST_KEY_MISMATCH,
    WRONG_PUBLISHER,
    EXPIRED,
    CONTENT_HASH,
    NORMALISATION_UNKNOWN,
    TOKEN_TYPE_UNKNOWN,
    SCHEME_UNKNOWN,
    SCHEME_INVALID,
    TRUNCATED,
    CONTENT_DAMAGED,
    DEMO_KEY_MISUSED,
    PUBLISHER_UNTRUSTED,
    PUBLISHER_CHANGED,
    ROLLBACK,
    INSTALLED_FILE_MISSING,
    INSTALLED_PACK_CHANGED;

    public static final String BUNDLE = "org.exposurecheck.pack.refusals";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    /** Shorthand for the exception that carries this refusal. */
    public PackException exception(Object... namesAndValues) {
        return new PackException(sentence(namesAndValues));
    }

    /** This refusal caused by an I/O or database failure, whose own explanation becomes {@code {detail}}. */
    public PackException because(Exception failure, Object... namesAndValues) {
        return new PackException(sentenceBecause(failure, namesAndValues), failure);
    }
}
