package org.exposurecheck.keyedservice;

import java.time.Duration;

/**
 * How one instance of the keyed service runs. Instances behind a load balancer share nothing but the key,
 * so each enforces its own {@link RateLimits}: the limit of the whole service is the sum over instances.
 *
 * @param bindAddress       the address to listen on (an IP literal or a host name of this machine)
 * @param threads           evaluation threads (one per core is enough: the work is elliptic-curve arithmetic)
 * @param maxBatch          most blinded elements in one request
 * @param trustForwardedFor take the client's address from the last hop of {@code X-Forwarded-For}, which only
 *                          a load balancer in front of the service may set; without one, anyone could pick
 *                          their own address and escape the per-client limit
 * @param grace             how long a stopping instance lets requests in progress finish
 */
public record ServiceSettings(String bindAddress, int port, int threads, int maxBatch, RateLimits limits, boolean trustForwardedFor,
                              Duration grace) {
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_MAX_BATCH = 128;
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);
    /** Base64 of a 33-byte element is 44 characters; with quotes, commas and the JSON around them a batch stays far below this. */
    private static final int BYTES_PER_ELEMENT = 64;
    private static final int ENVELOPE_BYTES = 1024;

    public ServiceSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is between 0 and 65535");
        }
        if (threads < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("at least one thread and one element per batch");
        }
        if (maxBatch > limits.clientBurst()) {
            throw new IllegalArgumentException("a batch larger than a client's burst could never be granted");
        }
    }

    public static ServiceSettings defaults(String bindAddress, int port) {
        return new ServiceSettings(bindAddress, port, Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_BATCH, RateLimits.DEFAULT,
                false, DEFAULT_GRACE);
    }

    /** The largest request body accepted; anything longer is refused before it is read. */
    public int maxBodyBytes() {
        return ENVELOPE_BYTES + maxBatch * BYTES_PER_ELEMENT;
    }
}
