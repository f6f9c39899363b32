package org.exposurecheck.token;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets a person stop a long task (a build, a check). Work polls it between tokens. */
public final class CancelSignal {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
