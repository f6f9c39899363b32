package org.exposurecheck.keyedservice;

import java.time.Duration;

/**
 * Counts requests in progress so a stopping instance can finish them: once draining, new requests are
 * turned away (a load balancer then sends them to another instance) and {@link #drain} waits for the rest.
 * The JDK's own {@code HttpServer.stop(delay)} on Java 17 waits the whole delay whether or not anything is
 * in progress, and closes the listener first.
 */
final class InFlight {
    private int count;
    private boolean draining;

    synchronized boolean enter() {
        if (draining) {
            return false;
        }
        count++;
        return true;
    }

    synchronized void exit() {
        count--;
        notifyAll();
    }

    synchronized int count() {
        return count;
    }

    /** Stops admitting requests and waits until none is in progress or {@code grace} has passed; true if none is left. */
    synchronized boolean drain(Duration grace) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + grace.toNanos();
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
