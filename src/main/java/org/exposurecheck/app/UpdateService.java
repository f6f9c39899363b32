package org.exposurecheck.app;

import java.nio.file.Path;
import java.time.Clock;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.update.UpdateException;
import org.exposurecheck.update.UpdateProgress;
import org.exposurecheck.update.UpdateRequest;
import org.exposurecheck.update.UpdateSettings;
import org.exposurecheck.update.UpdateSummary;
import org.exposurecheck.update.Updater;

/** The update settings as saved, and an update as a job: the mirrors asked, new packs verified and installed ({@link Updater}). */
public class UpdateService {
    private final Path dataDir;
    private final Updater updater;

    public UpdateService(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.updater = new Updater(dataDir, clock);
    }

    /** The saved settings, or the defaults when none were saved; one sentence when they cannot be read. */
    public UpdateSettings settings() throws UpdateException {
        return UpdateSettings.load(dataDir);
    }

    public void save(UpdateSettings settings) throws UpdateException {
        settings.save(dataDir);
    }

    /** True when {@code settings} opt in to scheduled updates and one is due; never with the default "only when I ask". */
    public boolean scheduledUpdateDue(UpdateSettings settings) throws UpdateException {
        return updater.scheduledUpdateDue(settings);
    }

    /** An update with {@code request}; {@code describe} turns what arrives into the step a person reads. Not yet started. */
    public Job<UpdateSummary> update(UpdateRequest request, TransferWords describe) {
        return new Job<>((progress, cancel) -> updateNow(request, new UpdateProgress() {
            @Override
            public void step(String what) {
                progress.update(-1, 1);
            }

            @Override
            public void transferred(String packId, long bytesDone, long bytesTotal) {
                progress.update(bytesDone, bytesTotal);
                progress.step(describe.downloading(packId, bytesDone, bytesTotal));
            }
        }, cancel));
    }

    /** The update itself, on the calling thread; a test may hold it here to look at an update mid-run. */
    protected UpdateSummary updateNow(UpdateRequest request, UpdateProgress progress, CancelSignal cancel) throws UpdateException {
        return updater.run(request, progress, cancel);
    }

    /** Says a download's progress in the person's language. */
    @FunctionalInterface
    public interface TransferWords {
        String downloading(String packId, long bytesDone, long bytesTotal);
    }
}
