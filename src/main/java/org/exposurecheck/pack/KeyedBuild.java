package org.exposurecheck.pack;

import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.keyed.VoprfPrivateKey;

/**
 * What {@code pack build --keyed-key --keyed-url} adds to a build: the publisher's keyed-service key (tokens are
 * evaluated with it directly, no network), the service's address the manifest names, the Argon2id settings of the
 * keyed stage (lighter than the offline ones is fine: without the key nobody reaches that stage), and the
 * service's daily limit in all, which the audit turns into "at most N guesses a day". Pairs of two weak details
 * (name with date of birth, employer or building) ship keyed only when {@code weakPairs} is set (decision 0030): they
 * match anyone who shares both, a namesake born the same day, and then only as a "possible" match.
 */
public record KeyedBuild(VoprfPrivateKey key, String serviceUrl, KdfParameters kdf, long guessesPerDay, boolean weakPairs) {
    /** A keyed tier of the pairs with at least one strong detail. */
    public KeyedBuild(VoprfPrivateKey key, String serviceUrl, KdfParameters kdf, long guessesPerDay) {
        this(key, serviceUrl, kdf, guessesPerDay, false);
    }

    public KeyedBuild {
        if (!ManifestReader.isServiceUrl(serviceUrl)) {
            throw new IllegalArgumentException("The keyed service address " + serviceUrl
                    + " is not an http:// or https:// address without user name, query or fragment.");
        }
        if (guessesPerDay < 1) {
            throw new IllegalArgumentException("The keyed service's daily limit must be at least one guess.");
        }
    }

    @Override
    public String toString() {
        return "KeyedBuild[" + serviceUrl + ", " + kdf + ", " + guessesPerDay + " a day, key " + key.publicKey().fingerprint() + "]";
    }
}
