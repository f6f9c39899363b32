package org.exposurecheck.match;

import org.exposurecheck.pack.KeyedTier;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.token.keyed.KeyedPrf;

/**
 * How a check reaches the keyed services of its packs (docs/keyed-tier.md). The matcher stays pure: the update layer,
 * the only one that talks to the network, implements this with a blinded round through the person's proxy setting.
 * {@link #OFF} is what a check uses unless the person allowed keyed lookups: it opens nothing, and the keyed types
 * are reported as not checked. Consent is per pack (the app stores it with the installed pack), so a check asks
 * about each pack.
 */
public interface KeyedLookups {
    /** Keyed lookups are not allowed: nothing connects. */
    KeyedLookups OFF = new KeyedLookups() {
        @Override
        public boolean allowed(Pack pack) {
            return false;
        }

        @Override
        public KeyedPrf<KeyedLookupException> prf(KeyedTier tier) {
            throw new IllegalStateException("keyed lookups are off");
        }
    };

    /** Whether the person allowed keyed lookups for this pack. */
    boolean allowed(Pack pack);

    /**
     * The PRF of {@code tier}'s service, reached through a blinded round whose proof is checked against the tier's
     * public key; only called for packs it {@linkplain #allowed allows}.
     */
    KeyedPrf<KeyedLookupException> prf(KeyedTier tier);
}
