package org.exposurecheck.ui;

import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.shell.MainWindow;

/** The desktop application: one window, offline, on the installed packs or the bundled demo pack. */
public final class DesktopApp extends Application {
    private AppContext context;

    public static void launch(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        context = AppContext.forThisUser();
        context.i18n().localeProperty().set(I18n.closestTo(Locale.getDefault()));
        MainWindow.open(stage, context, Platform::exit);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
