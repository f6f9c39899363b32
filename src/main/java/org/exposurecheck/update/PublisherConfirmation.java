package org.exposurecheck.update;

import java.util.Locale;
import org.exposurecheck.pack.PublisherKey;

/**
 * The person's say-so for a publisher they have not pinned yet: the publisher's public key file, or the
 * fingerprint they compared with the one the publisher announced (all 40 hex digits of it).
 */
public final class PublisherConfirmation {
    private static final int FINGERPRINT_HEX_DIGITS = 40;

    private final String fingerprint;

    private PublisherConfirmation(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    public static PublisherConfirmation of(PublisherKey key) {
        return new PublisherConfirmation(compact(key.fingerprint()));
    }

    public static PublisherConfirmation ofFingerprint(String typed) throws UpdateException {
        String compact = compact(typed);
        if (!compact.matches("[0-9A-F]{" + FINGERPRINT_HEX_DIGITS + "}")) {
            throw UpdateRefusal.FINGERPRINT_INCOMPLETE.exception();
        }
        return new PublisherConfirmation(compact);
    }

    boolean matches(PublisherKey key) {
        return fingerprint.equals(compact(key.fingerprint()));
    }

    private static String compact(String fingerprint) {
        return fingerprint.replaceAll("[\\s:-]", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return fingerprint;
    }
}
