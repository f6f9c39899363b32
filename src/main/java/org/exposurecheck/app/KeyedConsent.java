package org.exposurecheck.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.match.KeyedLookupException;
import org.exposurecheck.match.KeyedLookups;
import org.exposurecheck.pack.KeyedTier;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.keyed.KeyedPrf;
import org.exposurecheck.update.KeyedServiceLookups;
import org.exposurecheck.update.UpdateException;
import org.exposurecheck.update.UpdateSettings;

/**
 * The person's consent to keyed lookups, per installed pack (docs/keyed-tier.md, decision 0029): what the Datasets
 * screen offers, what it records, and the lookups a check in the app may make — only for packs with consent, through
 * the proxy or Tor setting saved for updates. Without consent a check gets {@link KeyedLookups#OFF}, which cannot
 * connect.
 */
public final class KeyedConsent {
    private final Path dataDir;
    private final Clock clock;

    public KeyedConsent(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /**
     * An installed pack that holds details only for online lookup, as the consent asks about it.
     *
     * @param service       the service's host (and port, when not the usual one), as the manifest names it
     * @param guessesPerDay the most lookups a day the manifest says the service answers, from everyone together
     */
    public record Offer(String packId, String title, String service, long guessesPerDay, boolean allowed) {
    }

    /** The installed packs with a keyed tier, with the person's current answer for each. */
    public List<Offer> offers() throws ExplainedException {
        List<Offer> offers = new ArrayList<>();
        try (PackStore store = PackStore.open(dataDir)) {
            for (Pack pack : store.load(clock.instant()).packs()) {
                Optional<KeyedTier> tier = pack.keyedTier();
                if (tier.isPresent()) {
                    offers.add(new Offer(pack.manifest().id(), pack.manifest().title(), host(tier.get().serviceUrl()),
                            tier.get().guessesPerDay(), store.keyedConsent(pack)));
                }
            }
        }
        return offers;
    }

    /** Records or withdraws consent for an installed pack; a pack that is no longer installed (or has no keyed tier) is left alone. */
    public void allow(String packId, boolean allowed) throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            for (Pack pack : store.load(clock.instant()).packs()) {
                if (pack.manifest().id().equals(packId) && pack.keyedTier().isPresent()) {
                    store.setKeyedConsent(pack, allowed);
                }
            }
        }
    }

    /**
     * The lookups a check of {@code packs} may make: none that could connect unless the person allowed it for one of them.
     * Close it after the check.
     */
    public Lookups lookupsFor(List<Pack> packs, CancelSignal cancel) throws ExplainedException {
        Set<String> allowed = allowedAmong(packs);
        if (allowed.isEmpty()) {
            return new Lookups(KeyedLookups.OFF, () -> { });
        }
        UpdateSettings settings;
        try {
            settings = UpdateSettings.load(dataDir);
        } catch (UpdateException unreadable) {
            // Never around the person's proxy: without the saved setting, the allowed lookups fail with its sentence.
            return new Lookups(new Unconfigured(allowed, unreadable), () -> { });
        }
        KeyedServiceLookups lookups = new KeyedServiceLookups(settings.proxy(), settings.timeouts(), cancel,
                pack -> allowed.contains(pack.manifest().id()));
        return new Lookups(lookups, lookups::close);
    }

    /** Keyed lookups for one check, and what to close after it. */
    public record Lookups(KeyedLookups lookups, Runnable closing) implements AutoCloseable {
        @Override
        public void close() {
            closing.run();
        }
    }

    private Set<String> allowedAmong(List<Pack> packs) throws ExplainedException {
        Set<String> allowed = new HashSet<>();
        if (packs.stream().noneMatch(pack -> pack.keyedTier().isPresent())) {
            return allowed;
        }
        try (PackStore store = PackStore.open(dataDir)) {
            for (Pack pack : packs) {
                if (store.keyedConsent(pack)) {
                    allowed.add(pack.manifest().id());
                }
            }
        }
        return allowed;
    }

    private static String host(String serviceUrl) {
        try {
            URI address = URI.create(serviceUrl);
            if (address.getHost() != null) {
                return address.getPort() == -1 ? address.getHost() : address.getHost() + ":" + address.getPort();
            }
        } catch (IllegalArgumentException unusual) {
            // The manifest reader has checked the address; one java.net.URI does not read is shown as written.
        }
        return serviceUrl;
    }

    /** Allowed lookups whose proxy setting could not be read: each fails with that sentence, so the check says what it missed. */
    private record Unconfigured(Set<String> allowed, UpdateException why) implements KeyedLookups {
        @Override
        public boolean allowed(Pack pack) {
            return allowed.contains(pack.manifest().id());
        }

        @Override
        public KeyedPrf<KeyedLookupException> prf(KeyedTier tier) {
            return inputs -> {
                throw new KeyedLookupException(why.sentence(), why);
            };
        }
    }
}
