package org.exposurecheck.app;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.InstalledPackChangedException;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.CancelledException;
import org.exposurecheck.token.Progress;

/**
 * One piece of long work a person started (a check, an update): its progress, a way to stop it, its state, and
 * in the end its result or its refusal. A job knows nothing of threads or windows: a front-end runs it where
 * it likes ({@link #run}) and watches it through a {@link Listener}.
 */
public final class Job<T> {
    /** The work itself; it reports progress (and may say which step it is at) and polls {@code cancel} between steps. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Reporter progress, CancelSignal cancel) throws Exception;
    }

    /** Progress as the core reports it, and a line saying what the work is doing now. */
    public interface Reporter extends Progress {
        void step(String what);
    }

    /** Told of progress while the job runs, and once when it has ended, on the thread that runs it. */
    public interface Listener {
        void progressed(long done, long total);

        void stepped(String what);

        void ended();
    }

    public enum State { WAITING, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final Work<T> work;
    private final CancelSignal cancel = new CancelSignal();
    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
    private volatile T result;
    private volatile Exception failure;

    public Job(Work<T> work) {
        this.work = work;
    }

    /** Does the work on the calling thread; runs once, later calls do nothing. */
    public void run(Listener listener) {
        if (!state.compareAndSet(State.WAITING, State.RUNNING)) {
            return;
        }
        try {
            result = work.run(new Reporter() {
                @Override
                public void update(long done, long total) {
                    listener.progressed(done, total);
                }

                @Override
                public void step(String what) {
                    listener.stepped(what);
                }
            }, cancel);
            state.set(cancel.isCancelled() ? State.CANCELLED : State.SUCCEEDED);
        } catch (CancelledException cancelled) {
            state.set(State.CANCELLED);
        } catch (Exception failed) {
            failure = failed;
            state.set(cancel.isCancelled() ? State.CANCELLED : State.FAILED);
        } finally {
            listener.ended();
        }
    }

    /** Asks the work to stop; it ends as {@link State#CANCELLED} at its next step. */
    public void cancel() {
        cancel.cancel();
    }

    public boolean cancelRequested() {
        return cancel.isCancelled();
    }

    public State state() {
        return state.get();
    }

    /** The result of a job that succeeded. */
    public Optional<T> result() {
        return state.get() == State.SUCCEEDED ? Optional.ofNullable(result) : Optional.empty();
    }

    /** Why a job failed: its sentence, or empty for a failure nobody foresaw (a bug), which has none. */
    public Optional<Sentence> refusal() {
        if (state.get() != State.FAILED) {
            return Optional.empty();
        }
        if (failure instanceof ExplainedException explained) {
            return Optional.of(explained.sentence());
        }
        // Found inside a lookup, where nothing else can fail: an installed pack changed on disk (decision 0031).
        return failure instanceof InstalledPackChangedException changed ? Optional.of(changed.sentence()) : Optional.empty();
    }

    /** What went wrong in a job that failed, for the log. */
    public Optional<Exception> failure() {
        return state.get() == State.FAILED ? Optional.ofNullable(failure) : Optional.empty();
    }
}
