package org.exposurecheck.keyedservice;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Grants evaluations against a per-client and a global {@link TokenBucket}: a batch is granted whole, from
 * both buckets, or not at all, with the seconds until it would be. Client buckets (keyed by address) live
 * in memory only and are forgotten within a minute of being full again, since a full bucket is the same as
 * none: the service keeps no list of who asked. When more clients are active than it tracks, new ones share
 * one bucket: memory stays bounded and the global limit still holds.
 */
final class RateLimiter {
    static final int DEFAULT_TRACKED_CLIENTS = 100_000;
    private static final long SWEEP_INTERVAL_NANOS = 60_000_000_000L;

    record Decision(boolean granted, long retryAfterSeconds) {
        static final Decision GRANTED = new Decision(true, 0);
    }

    private final RateLimits limits;
    private final LongSupplier nanoTime;
    private final int trackedClients;
    private final Map<String, TokenBucket> clients = new HashMap<>();
    private final TokenBucket global;
    private final TokenBucket overflow;
    private long lastSweep;

    RateLimiter(RateLimits limits, LongSupplier nanoTime, int trackedClients) {
        this.limits = limits;
        this.nanoTime = nanoTime;
        this.trackedClients = trackedClients;
        long now = nanoTime.getAsLong();
        this.global = new TokenBucket(limits.globalBurst(), limits.globalPerDay(), now);
        this.overflow = new TokenBucket(limits.clientBurst(), limits.clientPerDay(), now);
        this.lastSweep = now;
    }

    synchronized Decision acquire(String client, int evaluations) {
        long now = nanoTime.getAsLong();
        forgetFullBuckets(now);
        TokenBucket own = bucketOf(client, now);
        own.refill(now);
        global.refill(now);
        if (own.holds(evaluations) && global.holds(evaluations)) {
            own.take(evaluations);
            global.take(evaluations);
            return Decision.GRANTED;
        }
        long wait = Math.max(own.holds(evaluations) ? 0 : own.secondsUntil(evaluations),
                global.holds(evaluations) ? 0 : global.secondsUntil(evaluations));
        return new Decision(false, wait);
    }

    synchronized int trackedClients() {
        return clients.size();
    }

    private void forgetFullBuckets(long now) {
        if (now - lastSweep >= SWEEP_INTERVAL_NANOS) {
            clients.values().removeIf(candidate -> {
                candidate.refill(now);
                return candidate.isFull();
            });
            lastSweep = now;
        }
    }

    private TokenBucket bucketOf(String client, long now) {
        TokenBucket bucket = clients.get(client);
        if (bucket != null) {
            return bucket;
        }
        if (clients.size() >= trackedClients) {
            return overflow;
        }
        bucket = new TokenBucket(limits.clientBurst(), limits.clientPerDay(), now);
        clients.put(client, bucket);
        return bucket;
    }
}
