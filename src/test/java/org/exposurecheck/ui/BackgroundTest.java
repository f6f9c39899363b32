package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.exposurecheck.ui.common.Background;
import org.junit.jupiter.api.Test;

/** The app's one thread maker: work runs off the caller's thread, on a named daemon that never keeps the app alive. */
class BackgroundTest {
    private record Seen(String name, boolean daemon, int priority) {
    }

    private static Seen seenBy(CompletableFuture<Seen> seen) throws Exception {
        return seen.get(30, TimeUnit.SECONDS);
    }

    private static Runnable record(CompletableFuture<Seen> seen) {
        return () -> {
            Thread self = Thread.currentThread();
            seen.complete(new Seen(self.getName(), self.isDaemon(), self.getPriority()));
        };
    }

    @Test
    void runsWorkOnANamedDaemonThread() throws Exception {
        CompletableFuture<Seen> seen = new CompletableFuture<>();
        Background.run("test-work", record(seen));

        assertThat(seenBy(seen)).isEqualTo(new Seen("test-work", true, Thread.NORM_PRIORITY));
    }

    @Test
    void runsWorkThatOnlySavesTimeLaterAtTheLowestPriority() throws Exception {
        CompletableFuture<Seen> seen = new CompletableFuture<>();
        Background.runWhenIdle("test-warm-up", record(seen));

        assertThat(seenBy(seen)).isEqualTo(new Seen("test-warm-up", true, Thread.MIN_PRIORITY));
    }
}
