package org.exposurecheck.ui.planted;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A planted violation for ArchitectureTest: a screen starting its own threads rather than through ui.common.Background. */
public final class StartsThreads {
    private StartsThreads() {
    }

    static void onAThread(Runnable work) {
        new Thread(work).start();
    }

    static ExecutorService pool() {
        return Executors.newSingleThreadExecutor();
    }
}
