package org.exposurecheck.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.packs.ScheduledUpdate;
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
        MainWindow window = MainWindow.open(stage, context, Platform::exit);
        ScheduledUpdate.startIfDue(context.dataDir(), context.clock());
        // The installers associate .ecpack files with the app: opening one starts the import flow.
        getParameters().getRaw().stream().filter(DesktopApp::isPackFile).findFirst()
                .ifPresent(file -> Platform.runLater(() -> window.importPack(Path.of(file))));
    }

    /** True for an argument naming an existing .ecpack file, the only argument the app (not the CLI) takes. */
    public static boolean isPackFile(String argument) {
        return argument.toLowerCase(Locale.ROOT).endsWith(".ecpack") && Files.isRegularFile(Path.of(argument));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
