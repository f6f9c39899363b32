package org.exposurecheck.update;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.store.UpdateStateStore;

/**
 * The person's update settings, kept in the data directory: mirrors in the order to try them, an optional
 * proxy (Tor is {@link ProxySetting#TOR}), timeouts, and whether to look for updates on a schedule.
 */
public record UpdateSettings(List<MirrorAddress> mirrors, Optional<ProxySetting> proxy, Timeouts timeouts, UpdateSchedule schedule) {
    public static final UpdateSettings DEFAULT = new UpdateSettings(List.of(), Optional.empty(), Timeouts.DEFAULT, UpdateSchedule.NEVER);

    private static final String MIRRORS = "update.mirrors";
    private static final String PROXY = "update.proxy";
    private static final String CONNECT_TIMEOUT = "update.connect_timeout_ms";
    private static final String READ_TIMEOUT = "update.read_timeout_ms";
    private static final String SCHEDULE = "update.schedule";

    public UpdateSettings {
        mirrors = List.copyOf(mirrors);
    }

    public UpdateSettings withMirrors(List<MirrorAddress> newMirrors) {
        return new UpdateSettings(newMirrors, proxy, timeouts, schedule);
    }

    public UpdateSettings withProxy(Optional<ProxySetting> newProxy) {
        return new UpdateSettings(mirrors, newProxy, timeouts, schedule);
    }

    public UpdateSettings withTimeouts(Timeouts newTimeouts) {
        return new UpdateSettings(mirrors, proxy, newTimeouts, schedule);
    }

    public UpdateSettings withSchedule(UpdateSchedule newSchedule) {
        return new UpdateSettings(mirrors, proxy, timeouts, newSchedule);
    }

    /** A request for one update with these settings and no newly confirmed publisher. */
    public UpdateRequest request() {
        return new UpdateRequest(mirrors, proxy, timeouts, Optional.empty());
    }

    public static UpdateSettings load(Path dataDir) throws UpdateException {
        try (UpdateStateStore store = UpdateStateStore.open(dataDir)) {
            List<MirrorAddress> mirrors = new ArrayList<>();
            for (String line : store.setting(MIRRORS).orElse("").split("\n")) {
                if (!line.isBlank()) {
                    mirrors.add(MirrorAddress.parse(line));
                }
            }
            Optional<ProxySetting> proxy = Optional.empty();
            if (store.setting(PROXY).isPresent()) {
                proxy = Optional.of(ProxySetting.parse(store.setting(PROXY).get()));
            }
            Timeouts timeouts = new Timeouts(
                    store.setting(CONNECT_TIMEOUT).map(ms -> Duration.ofMillis(Long.parseLong(ms))).orElse(Timeouts.DEFAULT.connect()),
                    store.setting(READ_TIMEOUT).map(ms -> Duration.ofMillis(Long.parseLong(ms))).orElse(Timeouts.DEFAULT.read()));
            UpdateSchedule schedule = store.setting(SCHEDULE).map(name -> UpdateSchedule.valueOf(name.toUpperCase(Locale.ROOT)))
                    .orElse(UpdateSchedule.NEVER);
            return new UpdateSettings(mirrors, proxy, timeouts, schedule);
        } catch (IllegalArgumentException | UpdateException damaged) {
            throw new UpdateException(UpdateRefusal.SETTINGS_DAMAGED.sentence("dataDir", dataDir), damaged);
        } catch (ExplainedException unreadable) {
            throw new UpdateException(unreadable.sentence(), unreadable);
        }
    }

    public void save(Path dataDir) throws UpdateException {
        try (UpdateStateStore store = UpdateStateStore.open(dataDir)) {
            List<String> lines = mirrors.stream().map(MirrorAddress::toString).toList();
            store.saveSetting(MIRRORS, lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines)));
            store.saveSetting(PROXY, proxy.map(ProxySetting::toString));
            store.saveSetting(CONNECT_TIMEOUT, Optional.of(Long.toString(timeouts.connect().toMillis())));
            store.saveSetting(READ_TIMEOUT, Optional.of(Long.toString(timeouts.read().toMillis())));
            store.saveSetting(SCHEDULE, Optional.of(schedule.name().toLowerCase(Locale.ROOT)));
        } catch (ExplainedException failed) {
            throw new UpdateException(failed.sentence(), failed);
        }
    }
}
