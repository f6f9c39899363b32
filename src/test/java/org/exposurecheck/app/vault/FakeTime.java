package org.exposurecheck.app.vault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A clock that moves only when told, and a scheduler that runs what falls due as it moves: time without sleeps. */
public final class FakeTime extends Clock implements Scheduler {
    private Instant now;
    private final List<Task> tasks = new ArrayList<>();

    private static final class Task {
        final Instant due;
        final Runnable work;
        boolean cancelled;

        Task(Instant due, Runnable work) {
            this.due = due;
            this.work = work;
        }
    }

    public FakeTime(Instant start) {
        this.now = start;
    }

    /** Moves the clock forward, running every task that falls due on the way, at its due time, in order. */
    public void advance(Duration step) {
        Instant target = now.plus(step);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(task -> !task.cancelled && !task.due.isAfter(target))
                        .min(Comparator.comparing(task -> task.due)).orElse(null);
                if (next == null) {
                    now = target;
                    return;
                }
                tasks.remove(next);
                now = next.due;
            }
            next.work.run();
        }
    }

    synchronized int pendingTasks() {
        return (int) tasks.stream().filter(task -> !task.cancelled).count();
    }

    @Override
    public synchronized Scheduled schedule(Runnable work, Duration delay) {
        Task task = new Task(now.plus(delay), work);
        tasks.add(task);
        return () -> {
            synchronized (FakeTime.this) {
                task.cancelled = true;
            }
        };
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("one zone is enough for these tests");
    }
}
