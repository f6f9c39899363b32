package org.exposurecheck.store;

import org.exposurecheck.base.Refusal;

/**
 * Why the data directory (its index of installed packs, pinned keys and update state) cannot be used.
 * Each has a sentence in the {@code store/refusals} bundle (en, zh-HK, zh-CN) whose named arguments are
 * listed in the English file.
 */
public enum StoreRefusal implements Refusal {
    STORED_FILE_OUTSIDE,
    DATA_DIR_UNOPENABLE,
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
    PUBLISHER_NOT_CONFIRMED_AGAIN;

    public static final String BUNDLE = "org.exposurecheck.store.refusals";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    /** Shorthand for the exception that carries this refusal. */
    public StoreException exception(Object... namesAndValues) {
        return new StoreException(sentence(namesAndValues));
    }

    /** This refusal caused by an I/O or database failure, whose own explanation becomes {@code {detail}}. */
    public StoreException because(Exception failure, Object... namesAndValues) {
        return new StoreException(sentenceBecause(failure, namesAndValues), failure);
    }
}
