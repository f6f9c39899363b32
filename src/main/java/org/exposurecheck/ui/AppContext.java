package org.exposurecheck.ui;

import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.store.DataDirectory;
import org.exposurecheck.token.TokenDeriver;
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
    private SaveFileDialog saveDialog = SaveFileDialog.SYSTEM;

    public AppContext(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.normaliser = new Normaliser(clock);
        this.packs = new PackLibrary(dataDir, clock);
        this.session = new CheckSession(normaliser);
    }

    public static AppContext forThisUser() {
        return new AppContext(DataDirectory.defaultLocation(), Clock.systemDefaultZone());
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

    public PackLibrary packs() {
        return packs;
    }

    public CheckSession session() {
        return session;
    }

    public SaveFileDialog saveDialog() {
        return saveDialog;
    }

    /** Replaces the system's save dialog, which a headless test cannot drive. */
    public void useSaveDialog(SaveFileDialog dialog) {
        saveDialog = dialog;
    }

    @Override
    public void close() {
        session.clear();
        deriver.close();
    }
}
