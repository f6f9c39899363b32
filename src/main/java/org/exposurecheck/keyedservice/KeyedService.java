package org.exposurecheck.keyedservice;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPublicKey;

/**
 * One instance of the publisher's keyed service: a small stateless HTTP server (the JDK's, decision 0021)
 * that evaluates batches of blinded elements under the publisher's VOPRF key and proves it, within rate
 * limits. Instances share nothing but the key, so any number of them can stand behind a load balancer.
 */
public final class KeyedService {
    /**
     * Limits of the JDK's server, read once when its first instance is made: seconds to receive a request and
     * to send an answer (so a slow client cannot hold a connection), header count and size, idle keep-alive.
     * Set only where the operator has not set them with -D.
     */
    private static final Map<String, String> SERVER_LIMITS = Map.of(
            "sun.net.httpserver.maxReqTime", "10",
            "sun.net.httpserver.maxRspTime", "10",
            "sun.net.httpserver.maxReqHeaders", "64",
            "sun.net.httpserver.maxReqHeaderSize", "16384",
            "sun.net.httpserver.idleInterval", "30");

    private final HttpServer server;
    private final ExecutorService workers;
    private final InFlight inFlight;
    private final ServiceSettings settings;
    private final VoprfPublicKey publicKey;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private KeyedService(HttpServer server, ExecutorService workers, InFlight inFlight, ServiceSettings settings, VoprfPublicKey publicKey) {
        this.server = server;
        this.workers = workers;
        this.inFlight = inFlight;
        this.settings = settings;
        this.publicKey = publicKey;
    }

    /** Binds and starts serving; {@code nanoTime} is the rate limiter's clock. */
    public static KeyedService start(ServiceSettings settings, VoprfEvaluator evaluator, LongSupplier nanoTime) throws IOException {
        SERVER_LIMITS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
        InetSocketAddress address = new InetSocketAddress(settings.bindAddress(), settings.port());
        if (address.isUnresolved()) {
            throw new IOException("the address " + settings.bindAddress() + " is not an address of this machine");
        }
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), workerThreads());
        InFlight inFlight = new InFlight();
        RateLimiter limiter = new RateLimiter(settings.limits(), nanoTime, RateLimiter.DEFAULT_TRACKED_CLIENTS);
        server.createContext("/", new ServiceHandler(evaluator, limiter, inFlight, settings));
        server.setExecutor(workers);
        server.start();
        return new KeyedService(server, workers, inFlight, settings, evaluator.publicKey());
    }

    public static KeyedService start(ServiceSettings settings, VoprfEvaluator evaluator) throws IOException {
        return start(settings, evaluator, System::nanoTime);
    }

    /** The address the service listens on (with the port the system chose, if it was asked for port 0). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public VoprfPublicKey publicKey() {
        return publicKey;
    }

    public ServiceSettings settings() {
        return settings;
    }

    /**
     * Stops gracefully: turns new requests away with 503 (health too, so a load balancer drains this
     * instance), lets requests in progress finish for up to the grace period, then closes. Only the first call
     * stops; it returns whether every request in progress finished.
     */
    public boolean stop() throws InterruptedException {
        if (!stopping.compareAndSet(false, true)) {
            stopped.await();
            return true;
        }
        try {
            boolean finished = inFlight.drain(settings.grace());
            server.stop(0);
            workers.shutdown();
            workers.awaitTermination(settings.grace().toMillis(), TimeUnit.MILLISECONDS);
            return finished;
        } finally {
            stopped.countDown();
        }
    }

    /** Requests being answered right now; for tests of a graceful stop. */
    int requestsInProgress() {
        return inFlight.count();
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "keyed-service-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
