package org.exposurecheck.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.exposurecheck.app.Job;

/**
 * The one place the app starts long work: a {@link Job} runs on a thread of its own ({@link Background}), and what it reports
 * reaches the FX thread as properties a view model holds and a screen binds to. Because the view model, not the
 * screen, holds the running job, a screen rebuilt meanwhile (a language switch) shows the same job.
 */
public final class Jobs {
    private Jobs() {
    }

    /** A job as the FX thread sees it. */
    public static final class Running<T> {
        private final Job<T> job;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
        private final ReadOnlyObjectWrapper<Job.State> state = new ReadOnlyObjectWrapper<>(Job.State.RUNNING);
        private final List<Consumer<Job<T>>> whenEnded = new ArrayList<>();

        private Running(Job<T> job) {
            this.job = job;
        }

        /** From 0 to 1; negative until the work has said how much there is. */
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        /** What the work said it is doing now. */
        public ReadOnlyStringProperty stepProperty() {
            return step.getReadOnlyProperty();
        }

        public ReadOnlyObjectProperty<Job.State> stateProperty() {
            return state.getReadOnlyProperty();
        }

        public Job<T> job() {
            return job;
        }

        public void cancel() {
            job.cancel();
        }

        /** Runs {@code action} on the FX thread once the job has ended. */
        public void whenEnded(Consumer<Job<T>> action) {
            whenEnded.add(action);
        }

        private void ended() {
            state.set(job.state());
            whenEnded.forEach(action -> action.accept(job));
        }
    }

    /** Starts {@code job} on a daemon thread named {@code name}; call on the FX thread. */
    public static <T> Running<T> start(String name, Job<T> job) {
        Running<T> running = new Running<>(job);
        Background.run(name, () -> job.run(new Job.Listener() {
            @Override
            public void progressed(long done, long total) {
                double fraction = total > 0 ? (double) done / total : -1;
                Platform.runLater(() -> running.progress.set(fraction));
            }

            @Override
            public void stepped(String what) {
                Platform.runLater(() -> running.step.set(what));
            }

            @Override
            public void ended() {
                Platform.runLater(running::ended);
            }
        }));
        return running;
    }
}
