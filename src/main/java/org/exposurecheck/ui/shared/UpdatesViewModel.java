package org.exposurecheck.ui.shared;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.exposurecheck.app.Job;
import org.exposurecheck.app.UpdateService;
import org.exposurecheck.ui.common.Jobs;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.update.MirrorAddress;
import org.exposurecheck.update.ProxySetting;
import org.exposurecheck.update.PublisherConfirmation;
import org.exposurecheck.update.Timeouts;
import org.exposurecheck.update.UpdateException;
import org.exposurecheck.update.UpdateRefusal;
import org.exposurecheck.update.UpdateRequest;
import org.exposurecheck.update.UpdateSchedule;
import org.exposurecheck.update.UpdateSettings;
import org.exposurecheck.update.UpdateSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Update settings as the packs screen edits them (mirrors one per line, proxy choice, timeouts, schedule),
 * and one update at a time. Nothing here opens a connection until {@link #update} is called.
 */
public final class UpdatesViewModel {
    /** How the person wants to reach the mirrors. */
    public enum ProxyChoice { DIRECT, TOR, CUSTOM }

    private static final Logger LOG = LoggerFactory.getLogger(UpdatesViewModel.class);

    private final StringProperty mirrors = new SimpleStringProperty("");
    private final ObjectProperty<ProxyChoice> proxyChoice = new SimpleObjectProperty<>(ProxyChoice.DIRECT);
    private final StringProperty customProxy = new SimpleStringProperty("");
    private final IntegerProperty connectSeconds = new SimpleIntegerProperty((int) Timeouts.DEFAULT.connect().toSeconds());
    private final IntegerProperty readSeconds = new SimpleIntegerProperty((int) Timeouts.DEFAULT.read().toSeconds());
    private final ObjectProperty<UpdateSchedule> schedule = new SimpleObjectProperty<>(UpdateSchedule.NEVER);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<Jobs.Running<UpdateSummary>> runningUpdate = new SimpleObjectProperty<>();
    private final ObjectProperty<EndedUpdate> endedUpdate = new SimpleObjectProperty<>();
    private UpdateService service;

    /** An update that has ended, with the publisher confirmation it ran with, until a screen has said how it went. */
    public record EndedUpdate(Job<UpdateSummary> job, Optional<PublisherConfirmation> confirmed) {
    }

    public UpdatesViewModel(Path dataDir, Clock clock) {
        this.service = new UpdateService(dataDir, clock);
    }

    /** Replaces the updates, e.g. by one a test holds mid-run. */
    public void useUpdateService(UpdateService replacement) {
        service = replacement;
    }

    /**
     * Starts an update with the form's settings unless one is running; this view model holds it, so a screen
     * rebuilt meanwhile shows the same one. A download's step is said with {@code describe}.
     */
    public void startUpdate(Optional<PublisherConfirmation> confirmed, UpdateService.TransferWords describe) throws UpdateException {
        if (runningUpdate.get() != null) {
            return;
        }
        UpdateRequest request = settings().request();
        if (confirmed.isPresent()) {
            request = request.withConfirmedPublisher(confirmed.get());
        }
        Jobs.Running<UpdateSummary> job = Jobs.start("update", service.update(request, describe));
        runningUpdate.set(job);
        running.set(true);
        job.whenEnded(ended -> {
            runningUpdate.set(null);
            running.set(false);
            endedUpdate.set(new EndedUpdate(ended, confirmed));
        });
    }

    public void cancelUpdate() {
        if (runningUpdate.get() != null) {
            runningUpdate.get().cancel();
        }
    }

    /** The update under way, if one is. */
    public ObjectProperty<Jobs.Running<UpdateSummary>> runningUpdateProperty() {
        return runningUpdate;
    }

    public ObjectProperty<EndedUpdate> endedUpdateProperty() {
        return endedUpdate;
    }

    /** Reads the saved settings into the form; returns why, if they cannot be read. */
    public Optional<Sentence> load() {
        try {
            show(service.settings());
            return Optional.empty();
        } catch (UpdateException damaged) {
            return Optional.of(damaged.sentence());
        }
    }

    private void show(UpdateSettings settings) {
        mirrors.set(String.join("\n", settings.mirrors().stream().map(MirrorAddress::toString).toList()));
        ProxyChoice choice = settings.proxy().map(p -> p.equals(ProxySetting.TOR) ? ProxyChoice.TOR : ProxyChoice.CUSTOM)
                .orElse(ProxyChoice.DIRECT);
        proxyChoice.set(choice);
        customProxy.set(choice == ProxyChoice.CUSTOM ? settings.proxy().orElseThrow().toString() : "");
        connectSeconds.set((int) settings.timeouts().connect().toSeconds());
        readSeconds.set((int) settings.timeouts().read().toSeconds());
        schedule.set(settings.schedule());
    }

    /** The settings in the form; throws with the sentence for the first field that cannot be read. */
    public UpdateSettings settings() throws UpdateException {
        List<MirrorAddress> addresses = new ArrayList<>();
        for (String line : mirrors.get().split("\n")) {
            if (!line.isBlank()) {
                addresses.add(MirrorAddress.parse(line));
            }
        }
        Optional<ProxySetting> proxy = switch (proxyChoice.get()) {
            case DIRECT -> Optional.empty();
            case TOR -> Optional.of(ProxySetting.TOR);
            case CUSTOM -> Optional.of(ProxySetting.parse(customProxy.get()));
        };
        Timeouts timeouts;
        try {
            timeouts = new Timeouts(Duration.ofSeconds(connectSeconds.get()), Duration.ofSeconds(readSeconds.get()));
        } catch (IllegalArgumentException outOfRange) {
            throw UpdateRefusal.TIMEOUT_OUT_OF_RANGE.exception();
        }
        return new UpdateSettings(addresses, proxy, timeouts, schedule.get());
    }

    /** Warnings about the mirrors in the form, such as one without encryption; none for lines that are not addresses. */
    public List<Sentence> warnings() {
        List<Sentence> warnings = new ArrayList<>();
        for (String line : mirrors.get().split("\n")) {
            try {
                if (!line.isBlank()) {
                    MirrorAddress.parse(line).warning().ifPresent(warnings::add);
                }
            } catch (UpdateException notAnAddress) {
                // Said when the update starts: settings() refuses it with its own sentence.
            }
        }
        return warnings;
    }

    public void save() throws UpdateException {
        service.save(settings());
    }

    /**
     * The opt-in schedule: when the person chose "once a day" or "once a week" and one is due, starts an update with
     * the saved settings, held here like one the person asked for (so its end re-checks the saved profiles, and the
     * Datasets screen shows it). Reading the settings runs off the FX thread too. With the default, "only when I ask",
     * this never opens a connection.
     */
    public void startScheduledIfDue(UpdateService.TransferWords describe) {
        Jobs.Running<Optional<UpdateSettings>> reading = Jobs.start("scheduled-update-due", new Job<>((progress, cancel) -> {
            UpdateSettings saved = service.settings();
            return service.scheduledUpdateDue(saved) ? Optional.of(saved) : Optional.<UpdateSettings>empty();
        }));
        reading.whenEnded(ended -> ended.result().flatMap(due -> due).ifPresent(due -> {
            if (runningUpdate.get() != null) {
                return;
            }
            show(due);
            try {
                startUpdate(Optional.empty(), describe);
            } catch (UpdateException unusable) {
                LOG.warn("Scheduled update not started: {}", unusable.getMessage());
            }
        }));
    }

    public StringProperty mirrorsProperty() {
        return mirrors;
    }

    public ObjectProperty<ProxyChoice> proxyChoiceProperty() {
        return proxyChoice;
    }

    public StringProperty customProxyProperty() {
        return customProxy;
    }

    public IntegerProperty connectSecondsProperty() {
        return connectSeconds;
    }

    public IntegerProperty readSecondsProperty() {
        return readSeconds;
    }

    public ObjectProperty<UpdateSchedule> scheduleProperty() {
        return schedule;
    }

    public BooleanProperty runningProperty() {
        return running;
    }
}
