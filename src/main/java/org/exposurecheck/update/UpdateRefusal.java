package org.exposurecheck.update;

import org.exposurecheck.base.Refusal;

/**
 * Why an update, or one step of it, did not go as asked, as a person updating from the app or the
 * command line meets it. Each has a sentence in the {@code refusals} bundle (en, zh-HK, zh-CN) whose
 * named arguments are listed in the English file.
 */
public enum UpdateRefusal implements Refusal {
    MIRROR_ADDRESS_INVALID,
    MIRROR_ADDRESS_CREDENTIALS,
    PROXY_INVALID,
    TIMEOUT_OUT_OF_RANGE,
    FINGERPRINT_INCOMPLETE,
    SETTINGS_DAMAGED,
    NO_MIRROR,
    NOT_A_CATALOGUE,
    CATALOGUE_DAMAGED,
    CATALOGUE_SIGNATURE,
    CATALOGUE_FORMAT_UNKNOWN,
    CATALOGUE_KEY_MISMATCH,
    CATALOGUE_PACKS_MALFORMED,
    PUBLISHER_UNCONFIRMED,
    PUBLISHER_NOT_AS_CONFIRMED,
    PUBLISHER_CHANGED,
    CATALOGUE_EXPIRED,
    CATALOGUE_ROLLBACK,
    CANCELLED,
    TIMEOUT,
    TIMEOUT_THROUGH_PROXY,
    CONNECTION_BROKE_OFF,
    PROXY_UNREACHABLE,
    MIRROR_NAME_UNKNOWN,
    MIRROR_UNREACHABLE,
    CONNECTION_FAILED,
    HTTP_STATUS,
    FILE_NOT_ON_MIRROR,
    CATALOGUE_TOO_LARGE,
    WRONG_PART,
    WRONG_SIZE,
    TOO_MANY_BYTES,
    CUT_SHORT,
    RESUME_REFUSED,
    CONTENT_MISMATCH,
    PACK_NOT_FETCHED,
    PACK_DOWNLOAD_CANCELLED,
    PACK_ROLLBACK,
    PACK_EXPIRED,
    PACK_NOT_DELIVERED,
    PACK_PUBLISHER_DIFFERS,
    PACK_NOT_AS_LISTED,
    DEMO_KEY_CATALOGUE,
    CROSS_HOST_REDIRECT,
    DEADLINE_PASSED,
    /** Not a refusal but a warning: the update goes on, over a connection others can watch. */
    MIRROR_NOT_ENCRYPTED;

    public static final String BUNDLE = "org.exposurecheck.update.refusals";

    @Override
    public String bundle() {
        return BUNDLE;
    }

    /** Shorthand for the exception that carries this refusal. */
    public UpdateException exception(Object... namesAndValues) {
        return new UpdateException(sentence(namesAndValues));
    }
}
