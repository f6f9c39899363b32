package org.exposurecheck.store;

import org.exposurecheck.base.Sentence;

/**
 * The data directory's index (its SQLite database) is missing, not a database, damaged or of a foreign
 * schema. The pack files are untouched; {@link IndexRebuild} makes a new index from them.
 */
public final class IndexDamagedException extends StoreException {
    IndexDamagedException(Sentence sentence) {
        super(sentence);
    }

    IndexDamagedException(Sentence sentence, Throwable cause) {
        super(sentence, cause);
    }
}
