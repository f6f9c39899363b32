package org.exposurecheck.keyedservice;

/** A token bucket on a nanosecond clock. Not thread-safe: {@link RateLimiter} guards it. */
final class TokenBucket {
    private static final double NANOS_PER_DAY = 86_400e9;
    private static final double NANOS_PER_SECOND = 1e9;

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updated;

    TokenBucket(long capacity, long perDay, long now) {
        this.capacity = capacity;
        this.perNano = perDay / NANOS_PER_DAY;
        this.tokens = capacity;
        this.updated = now;
    }

    void refill(long now) {
        if (now > updated) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
        }
    }

    boolean holds(long count) {
        return tokens >= count;
    }

    void take(long count) {
        tokens -= count;
    }

    boolean isFull() {
        return tokens >= capacity;
    }

    /** Whole seconds until {@code count} tokens are there, at least one. */
    long secondsUntil(long count) {
        double missing = count - tokens;
        return Math.max(1, (long) Math.ceil(missing / perNano / NANOS_PER_SECOND));
    }
}
