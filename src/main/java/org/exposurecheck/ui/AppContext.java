package org.exposurecheck.ui;

import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.exposurecheck.app.CheckService;
import org.exposurecheck.app.DataLocation;
import org.exposurecheck.app.PackLibrary;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.ui.common.Background;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.SaveFileDialog;
import org.exposurecheck.ui.common.Theme;
import org.exposurecheck.ui.packs.UpdatesViewModel;

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

    public AppContext(Path dataDir, Clock clock) {
        this(dataDir, clock, null);
    }

    /** {@code startup}: the first window's answers, begun early; null works them out when first asked. */
    AppContext(Path dataDir, Clock clock, StartupWork startup) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.normaliser = new Normaliser(clock);
        this.packs = new PackLibrary(dataDir, clock);
        this.session = new CheckSession(normaliser);
        this.checks = new CheckService(packs, engine());
        this.updates = new UpdatesViewModel(dataDir, clock);
        this.startup = startup != null ? startup : StartupWork.onDemand(packs);
    }

    /** The person's own data directory and clock; begins the first window's work at once. */
    static AppContext forThisUser(StartupWork startup) {
        return new AppContext(DataLocation.forThisUser(), Clock.systemDefaultZone(), startup);
    }

    static StartupWork beginStartupForThisUser() {
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
        session.clear();
        deriver.close();
    }
}
