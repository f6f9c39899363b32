package org.exposurecheck.ui.packs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.update.UpdateException;
import org.exposurecheck.update.UpdateProgress;
import org.exposurecheck.update.UpdateSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The opt-in schedule: when the person chose "once a day" or "once a week" and one is due, an update runs
 * in the background after start-up. With the default, "only when I ask", this never opens a connection.
 */
public final class ScheduledUpdate {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledUpdate.class);

    private ScheduledUpdate() {
    }

    /** Reads the schedule and, when an update is due, runs it: all on a background thread, so the window never waits. */
    public static void startIfDue(Path dataDir, Clock clock) {
        Thread worker = new Thread(() -> {
            UpdatesViewModel updates = new UpdatesViewModel(dataDir, clock);
            if (updates.load().isPresent() || !updates.scheduledUpdateDue()) {
                return;
            }
            try {
                UpdateSummary summary = updates.update(Optional.empty(), UpdateProgress.NONE, new CancelSignal());
                LOG.info("Scheduled update finished: complete={}, packs={}", summary.complete(), summary.packs().size());
            } catch (UpdateException failed) {
                LOG.warn("Scheduled update failed: {}", failed.getMessage());
            }
        }, "scheduled-update");
        worker.setDaemon(true);
        worker.start();
    }
}
