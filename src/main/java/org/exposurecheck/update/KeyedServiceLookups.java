package org.exposurecheck.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.exposurecheck.match.KeyedLookupException;
import org.exposurecheck.match.KeyedLookups;
import org.exposurecheck.pack.KeyedTier;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.keyed.KeyedPrf;

/**
 * Keyed lookups the person allowed (`check --allow-keyed`, or the app's consent for a pack): a blinded round with each
 * pack's keyed service, in padded batches ({@link KeyedServiceClient#padded}), through the same proxy or Tor setting as
 * updates. One client per service and key for the life of this object, so a clinic checking many people reuses the
 * connection. Every failure becomes one sentence the check reports as "could not be checked".
 */
public final class KeyedServiceLookups implements KeyedLookups, AutoCloseable {
    private final Optional<ProxySetting> proxy;
    private final Timeouts timeouts;
    private final CancelSignal cancel;
    private final Predicate<Pack> consented;
    private final Map<String, KeyedServiceClient> clients = new LinkedHashMap<>();

    /** Lookups for the packs {@code consented} accepts (the app: those with the person's stored consent). */
    public KeyedServiceLookups(Optional<ProxySetting> proxy, Timeouts timeouts, CancelSignal cancel, Predicate<Pack> consented) {
        this.proxy = proxy;
        this.timeouts = timeouts;
        this.cancel = cancel;
        this.consented = consented;
    }

    /** Lookups for every pack ({@code check --allow-keyed}). */
    public KeyedServiceLookups(Optional<ProxySetting> proxy, Timeouts timeouts, CancelSignal cancel) {
        this(proxy, timeouts, cancel, pack -> true);
    }

    @Override
    public boolean allowed(Pack pack) {
        return consented.test(pack);
    }

    @Override
    public KeyedPrf<KeyedLookupException> prf(KeyedTier tier) {
        return inputs -> {
            try {
                return client(tier).outputs(inputs);
            } catch (UpdateException failed) {
                throw new KeyedLookupException(failed.sentence(), failed);
            }
        };
    }

    private synchronized KeyedServiceClient client(KeyedTier tier) throws UpdateException {
        String service = tier.serviceUrl() + "|" + tier.serviceKey().idHex();
        KeyedServiceClient client = clients.get(service);
        if (client == null) {
            client = KeyedServiceClient.padded(KeyedServiceAddress.parse(tier.serviceUrl()), tier.serviceKey(), proxy, timeouts, cancel);
            clients.put(service, client);
        }
        return client;
    }

    @Override
    public synchronized void close() {
        new ArrayList<>(clients.values()).forEach(KeyedServiceClient::close);
        clients.clear();
    }

    @Override
    public String toString() {
        return "KeyedServiceLookups[" + clients.size() + " services" + proxy.map(p -> ", via " + p).orElse("") + "]";
    }
}
