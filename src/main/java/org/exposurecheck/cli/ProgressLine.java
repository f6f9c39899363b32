package org.exposurecheck.cli;

import java.io.PrintWriter;
import org.exposurecheck.token.Progress;

/**
 * Shows "Deriving tokens: 1200/4500" on stderr, rewriting one line, at most a few times a second.
 * Silent when stderr is not a terminal, so scripts and tests get clean output.
 */
final class ProgressLine implements Progress, AutoCloseable {
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final String label;
    private final boolean enabled = System.console() != null;
    private long lastPrinted;
    private boolean printed;

    ProgressLine(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public synchronized void update(long done, long total) {
        long now = System.nanoTime();
        if (!enabled || now - lastPrinted < INTERVAL_NANOS && done < total) {
            return;
        }
        lastPrinted = now;
        printed = true;
        err.print("\r" + label + ": " + done + "/" + total);
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (printed) {
            err.println();
        }
    }
}
