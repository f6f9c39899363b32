package org.exposurecheck.identity;

import java.util.Locale;
import org.exposurecheck.base.Bundles;

/**
 * Something worth knowing about a value that was read: it is checked as it stands, and the person sees the
 * note beside it. Each note has a sentence in the {@code problems} bundle (en, zh-HK, zh-CN).
 */
public enum Note {
    /**
     * A phone number of the right length and leading digits for its region that libphonenumber does not list
     * as assigned: a range opened after its metadata was made, or a typo. Never a reason to refuse the number.
     */
    PHONE_NOT_KNOWN_ASSIGNED;

    private static final String BUNDLE = "org.exposurecheck.identity.problems";

    public String messageKey() {
        return "note." + name().toLowerCase(Locale.ROOT);
    }

    public String message(Locale locale) {
        return Bundles.get(BUNDLE, locale).getString(messageKey());
    }
}
