package org.exposurecheck.ui.shared;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.exposurecheck.app.CheckService;
import org.exposurecheck.app.Job;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.store.SkippedPack;
import org.exposurecheck.ui.common.Jobs;

/**
 * Everything the person typed and the answer they got, in memory only. {@link #clear()} drops it all:
 * on a new check, on quick exit, and when the window closes.
 */
public final class CheckSession {
    private final FormViewModel form;
    private final ObjectProperty<ExposureReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<List<SkippedPack>> skippedPacks = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Jobs.Running<CheckService.Outcome>> runningCheck = new SimpleObjectProperty<>();
    private final ObjectProperty<Job<?>> failedCheck = new SimpleObjectProperty<>();

    CheckSession(Normaliser normaliser) {
        this.form = new FormViewModel(normaliser);
    }

    public FormViewModel form() {
        return form;
    }

    public ObjectProperty<ExposureReport> reportProperty() {
        return report;
    }

    /** Installed packs the last check had to leave out, with the reason. */
    public ObjectProperty<List<SkippedPack>> skippedPacksProperty() {
        return skippedPacks;
    }

    /** The check under way, if one is: at most one at a time, whichever screen shows it. */
    public ObjectProperty<Jobs.Running<CheckService.Outcome>> runningCheckProperty() {
        return runningCheck;
    }

    /** A check that failed, until a screen has said why. */
    public ObjectProperty<Job<?>> failedCheckProperty() {
        return failedCheck;
    }

    /**
     * Takes in a check that has ended, unless it was cancelled or a newer one replaced it: its answer (then
     * {@code showResults}), or its failure for the screen to say.
     */
    public void checkEnded(Jobs.Running<CheckService.Outcome> running, Runnable showResults) {
        if (runningCheck.get() != running) {
            return;
        }
        runningCheck.set(null);
        Job<CheckService.Outcome> job = running.job();
        switch (job.state()) {
            case SUCCEEDED -> {
                CheckService.Outcome outcome = job.result().orElseThrow();
                skippedPacks.set(outcome.skipped());
                report.set(outcome.report());
                showResults.run();
            }
            case FAILED -> failedCheck.set(job);
            default -> {
            }
        }
    }

    public void clear() {
        report.set(null);
        skippedPacks.set(List.of());
        form.clear();
    }
}
