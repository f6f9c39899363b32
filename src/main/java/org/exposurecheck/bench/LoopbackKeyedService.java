package org.exposurecheck.bench;

import java.io.IOException;
import java.time.Duration;
import org.exposurecheck.keyedservice.KeyedService;
import org.exposurecheck.keyedservice.RateLimits;
import org.exposurecheck.keyedservice.ServiceSettings;
import org.exposurecheck.token.keyed.VoprfEvaluator;

/** The real keyed service on a free loopback port, with limits no benchmark reaches: the figures time the work, not the limits. */
final class LoopbackKeyedService implements AutoCloseable {
    private static final RateLimits UNLIMITED = new RateLimits(1_000_000, Long.MAX_VALUE / 4, 1_000_000, Long.MAX_VALUE / 4);

    private final KeyedService service;

    private LoopbackKeyedService(KeyedService service) {
        this.service = service;
    }

    static LoopbackKeyedService start(int threads, VoprfEvaluator evaluator) throws IOException {
        return new LoopbackKeyedService(KeyedService.start(new ServiceSettings("127.0.0.1", 0, threads, ServiceSettings.DEFAULT_MAX_BATCH,
                UNLIMITED, false, Duration.ofSeconds(5)), evaluator));
    }

    /** Where a client reaches it, as a pack's manifest would name it. */
    String url() {
        return "http://127.0.0.1:" + service.address().getPort() + "/";
    }

    /** Stops it; an interrupted wait for its threads is passed on to the caller's thread. */
    @Override
    public void close() {
        try {
            service.stop();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
