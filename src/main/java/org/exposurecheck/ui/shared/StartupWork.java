package org.exposurecheck.ui.shared;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.exposurecheck.app.PackLibrary;
import org.exposurecheck.ui.common.Background;
import org.exposurecheck.ui.common.Theme;
import org.slf4j.LoggerFactory;

/**
 * What the first window needs to know besides JavaFX: whether any pack is installed (which loads SQLite's
 * native library and the logging set-up) and whether the system uses dark colours (which asks a desktop
 * tool). Measured with JFR, these were a third of the time to the first window when the FX thread did
 * them; begun on their own threads before the toolkit starts, they run beside it on a second core.
 */
public final class StartupWork {
    private final Future<Boolean> packsInstalled;
    private final Future<Boolean> systemDark;

    private StartupWork(Future<Boolean> packsInstalled, Future<Boolean> systemDark) {
        this.packsInstalled = packsInstalled;
        this.systemDark = systemDark;
    }

    /** Starts both answers now, each on a daemon thread. */
    static StartupWork begin(Path dataDir, Clock clock) {
        PackLibrary packs = new PackLibrary(dataDir, clock);
        CompletableFuture<Boolean> installed = new CompletableFuture<>();
        CompletableFuture<Boolean> dark = new CompletableFuture<>();
        daemon("startup-packs", installed, () -> installed.complete(packs.hasInstalledPacks()));
        daemon("startup-theme", dark, () -> dark.complete(Theme.systemPrefersDark()));
        return new StartupWork(installed, dark);
    }

    /** Works each answer out when it is first asked for, on the asking thread (a context made without a head start). */
    static StartupWork onDemand(PackLibrary packs) {
        return new StartupWork(new FutureTask<>(packs::hasInstalledPacks), new FutureTask<>(Theme::systemPrefersDark));
    }

    /** False when the packs cannot be read: the window then opens in demo mode, as it did before. */
    public boolean packsInstalled() {
        return answer(packsInstalled);
    }

    /** False when the system cannot tell: light colours. */
    public boolean systemPrefersDark() {
        return answer(systemDark);
    }

    private static boolean answer(Future<Boolean> future) {
        if (future instanceof FutureTask<Boolean> task) {
            task.run();
        }
        try {
            return future.get();
        } catch (ExecutionException failed) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code work} on a daemon thread; if it fails before answering, {@code answer} says so rather than never completing. */
    private static void daemon(String name, CompletableFuture<Boolean> answer, Runnable work) {
        Background.run(name, () -> {
            try {
                work.run();
            } catch (RuntimeException | Error failed) {
                // An Error too (SQLite's native library may fail to load): the window must not wait forever.
                answer.completeExceptionally(failed);
                // The logger is looked up here, not in a static field: setting logging up is part of the work to keep off the start.
                LoggerFactory.getLogger(StartupWork.class).warn("Start-up work {} failed: {}", name, failed.toString());
            }
        });
    }
}
