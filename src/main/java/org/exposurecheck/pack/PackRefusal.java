package org.exposurecheck.pack;

import java.util.Arrays;

/**
 * Why a pack or the app's store of packs cannot be used, as a person installing or checking meets it.
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
    INSTALLED_PACK_CHANGED,
    STORED_FILE_OUTSIDE,
    DATA_DIR_UNOPENABLE,
    CANNOT_WRITE,
    CANNOT_READ,
    STORE_RECORD_PACK,
    STORE_READ_PACKS,
    STORE_REMOVE_PACK,
    STORE_READ_KEYS,
    STORE_PIN_KEY,
    STORE_READ_HISTORY,
    STORE_READ_UPDATE_STATE,
    STORE_RECORD_CATALOGUE,
    STORE_RECORD_DOWNLOAD,
    STORE_READ_SETTINGS,
    STORE_SAVE_SETTINGS,
    INDEX_MISSING,
    INDEX_DAMAGED,
    INDEX_WRONG_SCHEMA,
    INDEX_NEWER,
    PUBLISHER_NOT_CONFIRMED_AGAIN,
    /** A curator-tool message that exists in English only. */
    ENGLISH_ONLY;

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
        Object[] withDetail = Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        withDetail[namesAndValues.length] = "detail";
        withDetail[namesAndValues.length + 1] = failure.getMessage();
        return new PackException(sentence(withDetail), failure);
    }
}
