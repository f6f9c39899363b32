package org.exposurecheck.update;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the app may look for updates by itself. {@link #NEVER} is the default: the app opens no connection
 * unless the person asks, or has opted in to one of the other choices.
 */
public enum UpdateSchedule {
    NEVER(null), DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

    private final Duration interval;

    UpdateSchedule(Duration interval) {
        this.interval = interval;
    }

    /** True when an opted-in schedule has come round since the last complete update. */
    public boolean isDue(Optional<Instant> lastComplete, Instant now) {
        return interval != null && lastComplete.map(last -> !now.isBefore(last.plus(interval))).orElse(true);
    }
}
