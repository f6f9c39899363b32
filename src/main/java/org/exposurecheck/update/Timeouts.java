package org.exposurecheck.update;

import java.time.Duration;

/**
 * How long to wait for a mirror: to connect, and between two reads of a transfer. Generous by default,
 * because Tor circuits and censored networks are slow; a timeout moves on to the next mirror.
 */
public record Timeouts(Duration connect, Duration read) {
    private static final Duration SHORTEST = Duration.ofMillis(100);
    private static final Duration LONGEST = Duration.ofMinutes(10);
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(30), Duration.ofSeconds(60));

    public Timeouts {
        for (Duration timeout : new Duration[] {connect, read}) {
            if (timeout.compareTo(SHORTEST) < 0 || timeout.compareTo(LONGEST) > 0) {
                throw new IllegalArgumentException("a timeout is between 0.1 seconds and 10 minutes");
            }
        }
    }
}
