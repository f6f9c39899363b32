package org.exposurecheck.update;

import java.time.Duration;

/**
 * How long to wait for a mirror: to connect, and between two reads of a transfer. Generous by default,
 * because Tor circuits and censored networks are slow; a timeout moves on to the next mirror. Each transfer
 * also has an overall deadline derived from these, so a mirror that drips a byte just inside every read
 * timeout cannot keep an update going for ever.
 */
public record Timeouts(Duration connect, Duration read) {
    /** The slowest pace a pack download is given time for: a poor Tor circuit, with room to spare. */
    static final long SLOWEST_BYTES_PER_SECOND = 16 * 1024;
    private static final int READS_PER_CATALOGUE = 4;
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

    /**
     * The most a short exchange may take — a catalogue (at most 1 MiB) or a keyed round: connecting, and a few
     * read timeouts' worth of waiting.
     */
    Duration shortExchangeDeadline() {
        return connect.plus(read.multipliedBy(READS_PER_CATALOGUE));
    }

    /** The most one download attempt of {@code bytes} may take; an attempt cut off is resumed from where it stopped. */
    Duration downloadDeadline(long bytes) {
        return shortExchangeDeadline().plusMillis(Math.multiplyExact(bytes, 1000L) / SLOWEST_BYTES_PER_SECOND);
    }
}
