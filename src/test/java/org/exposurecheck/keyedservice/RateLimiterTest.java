package org.exposurecheck.keyedservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The limiter's memory: who it remembers, for how long, and what happens when too many clients are active. */
class RateLimiterTest {
    private static final long MINUTE = 60_000_000_000L;
    private static final RateLimits ONE_A_SECOND = new RateLimits(4, 86_400, 1_000, 86_400_000);
    private final AtomicLong clock = new AtomicLong();

    @Test
    void aClientIsForgottenOnceItsBucketIsFullAgain() {
        RateLimiter limiter = new RateLimiter(ONE_A_SECOND, clock::get, 100);
        limiter.acquire("192.0.2.1", 4);
        clock.addAndGet(MINUTE / 2);
        limiter.acquire("192.0.2.2", 4);
        assertThat(limiter.trackedClients()).as("within the minute both are remembered").isEqualTo(2);

        clock.addAndGet(MINUTE);
        limiter.acquire("192.0.2.3", 1);

        assertThat(limiter.trackedClients()).as("the first two refilled long ago; only the newest is remembered").isEqualTo(1);
    }

    @Test
    void clientsBeyondTheTrackedNumberShareOneBucket() {
        RateLimiter small = new RateLimiter(ONE_A_SECOND, clock::get, 2);
        small.acquire("192.0.2.1", 1);
        small.acquire("192.0.2.2", 1);

        assertThat(small.acquire("192.0.2.3", 4).granted()).isTrue();
        assertThat(small.acquire("192.0.2.4", 4).granted()).as("shares the spent overflow bucket").isFalse();
        assertThat(small.trackedClients()).isEqualTo(2);
        RateLimiter roomy = new RateLimiter(ONE_A_SECOND, clock::get, 10);
        roomy.acquire("192.0.2.3", 4);
        assertThat(roomy.acquire("192.0.2.4", 4).granted()).as("the positive control: with room, a bucket of its own").isTrue();
    }

    @Test
    void aRefusedBatchTakesNothingFromEitherBucket() {
        RateLimiter limiter = new RateLimiter(new RateLimits(4, 86_400, 6, 86_400), clock::get, 100);
        limiter.acquire("192.0.2.1", 3);

        assertThat(limiter.acquire("192.0.2.1", 2).granted()).as("the client has 1 left").isFalse();
        assertThat(limiter.acquire("192.0.2.2", 3).granted()).as("so the global bucket still holds 3").isTrue();
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64AndHostNamesAreNeverLookedUp() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        String first = ClientAddress.key(InetAddress.getByName("2001:db8:1:2::1"));

        assertThat(ClientAddress.key(InetAddress.getByName("2001:db8:1:2:ffff::9"))).isEqualTo(first);
        assertThat(ClientAddress.key(InetAddress.getByName("2001:db8:1:3::1"))).isNotEqualTo(first);
        assertThat(ClientAddress.key(loopback, "2001:db8:1:2::7", true)).isEqualTo(first);
        assertThat(ClientAddress.key(loopback, "mirror.invalid", true)).as("not an address: the connection's own").isEqualTo("127.0.0.1");
        assertThat(ClientAddress.key(loopback, "192.0.2.9", false)).isEqualTo("127.0.0.1");
    }
}
