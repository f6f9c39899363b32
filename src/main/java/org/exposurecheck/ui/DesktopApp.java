package org.exposurecheck.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.exposurecheck.ui.common.AfterFirstFrame;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.shell.MainWindow;
import org.exposurecheck.ui.start.FirstFrameProbe;
import org.exposurecheck.ui.start.WindowUnavailable;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.shared.StartupWork;

/** The desktop application: one window, offline, on the installed packs or the bundled demo pack. */
public final class DesktopApp extends Application {
    /** Begun before the toolkit starts; JavaFX makes the Application instance itself, so it is handed over here. */
    private static volatile StartupWork startup;

    private AppContext context;

    /**
     * Opens the window and returns when it closes. When the window cannot open at all (no GTK 3, no display),
     * returns the one sentence that tells the person why and what to do, in their system's language.
     */
    public static Optional<String> open(String[] args) {
        startup = AppContext.beginStartupForThisUser();
        try {
            Application.launch(DesktopApp.class, args);
            return Optional.empty();
        } catch (RuntimeException | LinkageError failed) {
            Optional<WindowUnavailable> reason = WindowUnavailable.explain(failed);
            if (reason.isEmpty()) {
                throw failed;
            }
            return Optional.of(I18n.bundle(I18n.closestTo(Locale.getDefault())).getString(reason.get().messageKey()));
        }
    }

    @Override
    public void start(Stage stage) {
        context = AppContext.forThisUser(startup);
        context.i18n().localeProperty().set(I18n.closestTo(Locale.getDefault()));
        MainWindow window = MainWindow.open(stage, context, Platform::exit);
        AfterFirstFrame.run(() -> {
            context.warmUpInBackground();
            context.updates().startScheduledIfDue((packId, bytesDone, bytesTotal) -> context.i18n().format("updates.step.downloading",
                    java.util.Map.of("pack", packId, "done", bytesDone / 1024, "total", bytesTotal / 1024)));
        });
        if (FirstFrameProbe.requested()) {
            FirstFrameProbe.exitAfterFirstFrame();
        }
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
