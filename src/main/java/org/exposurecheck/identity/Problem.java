package org.exposurecheck.identity;

import java.util.Locale;
import org.exposurecheck.base.Bundles;

/**
 * Why a value could not be read. Each problem has a sentence a person can act on, in the
 * {@code problems} resource bundle (en, zh-HK, zh-CN); the value itself is never part of the message.
 */
public enum Problem {
    EMPTY,
    UNSUPPORTED_TYPE,
    NAME_UNREADABLE,
    HKID_FORMAT,
    HKID_CHECK_DIGIT,
    PHONE_INVALID,
    EMAIL_INVALID,
    ADDRESS_UNREADABLE,
    DOB_FORMAT,
    DOB_IMPOSSIBLE,
    DOB_OUT_OF_RANGE,
    HANDLE_INVALID,
    PLATE_INVALID,
    EMPLOYER_UNREADABLE;

    private static final String BUNDLE = "org.exposurecheck.identity.problems";

    /** Key of this problem's sentence in the {@code problems} bundle. */
    public String messageKey() {
        return "problem." + name().toLowerCase(Locale.ROOT);
    }

    public String message(Locale locale) {
        return Bundles.get(BUNDLE, locale).getString(messageKey());
    }

    public String message() {
        return message(Locale.ENGLISH);
    }
}
