package org.exposurecheck.ui.shared;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.exposurecheck.app.CheckService;
import org.exposurecheck.app.DataLocation;
import org.exposurecheck.app.PackLibrary;
import org.exposurecheck.app.vault.InstalledSequences;
import org.exposurecheck.app.vault.Scheduler;
import org.exposurecheck.app.vault.VaultMonitor;
import org.exposurecheck.app.vault.VaultSession;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.ui.common.Background;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.SaveFileDialog;
import org.exposurecheck.ui.common.Theme;

/**
 * What every screen shares: the data directory, the core services, the language, the look, and the
 * current check. Holds no personal data itself; the check session does, and is cleared on demand.
 */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final Clock clock;
    private final Normaliser normaliser;
    private final TokenDeriver deriver = new TokenDeriver();
    private final I18n i18n = new I18n();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private final PackLibrary packs;
    private final CheckSession session;
    private final StartupWork startup;
    private SaveFileDialog saveDialog = SaveFileDialog.SYSTEM;
    private CheckService checks;
    private final UpdatesViewModel updates;
    private final VaultSession vaultSession;
    private final VaultViewModel vault;

    public AppContext(Path dataDir, Clock clock) {
        this(dataDir, clock, null);
    }

    /** {@code startup}: the first window's answers, begun early; null works them out when first asked. */
    AppContext(Path dataDir, Clock clock, StartupWork startup) {
        this(dataDir, clock, startup, new VaultSession(dataDir, clock, Scheduler.daemonThread("vault-idle-lock"),
                VaultSession.DEFAULT_IDLE_LIMIT, Platform::runLater));
    }

    private AppContext(Path dataDir, Clock clock, StartupWork startup, VaultSession vaultSession) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.normaliser = new Normaliser(clock);
        this.packs = new PackLibrary(dataDir, clock);
        this.session = new CheckSession(normaliser);
        this.checks = new CheckService(packs, engine());
        this.updates = new UpdatesViewModel(dataDir, clock);
        this.startup = startup != null ? startup : StartupWork.onDemand(packs);
        this.vaultSession = vaultSession;
        this.vault = new VaultViewModel(vaultSession,
                new VaultMonitor(vaultSession, InstalledSequences.of(dataDir), packs::forMonitoring, engine()::check, clock));
        // Every update that ends, the Datasets screen's or the scheduled one, may bring datasets the saved profiles need checking against.
        updates.endedUpdateProperty().addListener((property, before, ended) -> {
            if (ended != null) {
                ended.job().result().ifPresent(vault::afterUpdate);
            }
        });
    }

    /**
     * A context whose vault goes idle by {@code vaultClock} and {@code idleScheduler} after {@code idleLimit}, and whose
     * new vaults cost {@code newVaultCost} to open: tests drive the idle lock without sleeps and unlock cheaply.
     */
    public static AppContext withVaultTiming(Path dataDir, Clock clock, Clock vaultClock, Scheduler idleScheduler, Duration idleLimit,
                                             KdfParameters newVaultCost) {
        return new AppContext(dataDir, clock, null,
                new VaultSession(dataDir, vaultClock, idleScheduler, idleLimit, Platform::runLater, newVaultCost));
    }

    /** The person's own data directory and clock; begins the first window's work at once. */
    public static AppContext forThisUser(StartupWork startup) {
        return new AppContext(DataLocation.forThisUser(), Clock.systemDefaultZone(), startup);
    }

    public static StartupWork beginStartupForThisUser() {
        return StartupWork.begin(DataLocation.forThisUser(), Clock.systemDefaultZone());
    }

    public Path dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    public Normaliser normaliser() {
        return normaliser;
    }

    public MatchEngine engine() {
        return new MatchEngine(normaliser, deriver);
    }

    public I18n i18n() {
        return i18n;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Whether packs were installed and the system is dark, as the first window opens. */
    public StartupWork startup() {
        return startup;
    }

    public PackLibrary packs() {
        return packs;
    }

    public CheckSession session() {
        return session;
    }

    public CheckService checks() {
        return checks;
    }

    /** Replaces the checks, e.g. by one a test holds mid-run. */
    public void useCheckService(CheckService service) {
        checks = service;
    }

    /** The update settings and the update under way: they outlive the screen, which a language switch rebuilds. */
    public UpdatesViewModel updates() {
        return updates;
    }

    /** The saved profiles (the vault), their monitoring and what the vault screens show: kept across a language switch. */
    public VaultViewModel vault() {
        return vault;
    }

    public SaveFileDialog saveDialog() {
        return saveDialog;
    }

    /** Replaces the system's save dialog, which a headless test cannot drive. */
    public void useSaveDialog(SaveFileDialog dialog) {
        saveDialog = dialog;
    }

    /** Loads what reading typed values needs on a background thread, so the first field the person leaves is read at once. */
    public void warmUpInBackground() {
        Background.runWhenIdle("normaliser-warm-up", normaliser::warmUp);
    }

    @Override
    public void close() {
        vault.lockNow();
        vaultSession.close();
        session.clear();
        deriver.close();
    }
}
