package org.exposurecheck.update;

import org.exposurecheck.base.Refusal;

/**
 * Why a keyed lookup (a blinded round with a publisher's keyed service) gave no answer, as the person checking
 * meets it. Each has a sentence in the {@code keyed} bundle (en, zh-HK, zh-CN) whose named arguments are
 * listed in the English file. Offline results never depend on these.
 */
public enum KeyedRefusal implements Refusal {
    SERVICE_ADDRESS_INVALID,
    SERVICE_ADDRESS_CREDENTIALS,
    RATE_LIMITED,
    PROOF_REJECTED,
    ANSWER_MALFORMED,
    HTTP_STATUS,
    TIMEOUT,
    UNREACHABLE,
    PROXY_UNREACHABLE;

    public static final String BUNDLE = "org.exposurecheck.update.keyed";

    @Override
    public String bundle() {
        return BUNDLE;
    }
}
