package org.exposurecheck.ui.shell;

import java.lang.reflect.Constructor;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.exposurecheck.app.vault.LockReason;
import org.exposurecheck.app.vault.VaultSession;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.common.AfterFirstFrame;
import org.exposurecheck.ui.common.Background;
import org.exposurecheck.ui.common.Fxml;
import org.exposurecheck.ui.common.Theme;
import org.exposurecheck.ui.shared.VaultViewModel;

/**
 * The one window: the shell (toolbar, banners) around the current screen. Switching language rebuilds
 * the views from their view models, so nothing typed is lost; quick exit drops everything and closes.
 */
public final class MainWindow implements Navigator {
    public static final KeyCombination QUICK_EXIT = new KeyCodeCombination(KeyCode.ESCAPE, KeyCombination.SHIFT_DOWN);
    /** The sizes icons/generate.sh renders from the one drawing: each desktop picks the one it shows, unscaled. */
    public static final List<Integer> WINDOW_ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);
    private static final double WIDTH = 1040;
    private static final double HEIGHT = 720;

    private final AppContext context;
    private final VaultViewModel vault;
    private final Stage stage;
    private final Runnable exit;
    private final BooleanProperty demoMode = new SimpleBooleanProperty();
    private final boolean systemDark;
    private final Scene scene;
    private Screen current = Screen.WELCOME;
    private PackImporter packs;

    private MainWindow(AppContext context, Stage stage, Runnable exit) {
        this.context = context;
        this.vault = context.vault();
        this.stage = stage;
        this.exit = exit;
        demoMode.set(!context.startup().packsInstalled());
        systemDark = context.startup().systemPrefersDark();
        scene = new Scene(new BorderPane(), WIDTH, HEIGHT);
        // A filter, not an accelerator: it runs before any control, so a focused text field cannot swallow it.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (QUICK_EXIT.match(event)) {
                event.consume();
                quickExit();
            }
        });
        // Any key or click is activity: the vault's idle time starts again (a field write, cheap on every event).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> vault.touch());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> vault.touch());
        scene.addEventFilter(ScrollEvent.SCROLL, event -> vault.touch());
        vault.statusProperty().addListener((observable, before, now) -> {
            if (before != null && before.unlocked() && now.lastLock().filter(reason -> reason == LockReason.IDLE).isPresent()) {
                lockedWhileAway();
            }
        });
        if (vault.status().state() == VaultSession.State.LOCKED) {
            // A saved vault: the start offers to unlock it (and says whether datasets changed since its last check).
            current = Screen.VAULT;
        }
        context.i18n().localeProperty().addListener((observable, before, now) -> rebuild());
        context.themeProperty().addListener((observable, before, now) -> applyTheme());
        context.presentationProperty().addListener((observable, before, now) -> applyTheme());
    }

    /** Opens the window on the welcome screen; {@code exit} ends the application after a quick exit. */
    public static MainWindow open(Stage stage, AppContext context, Runnable exit) {
        MainWindow window = new MainWindow(context, stage, exit);
        window.applyTheme();
        window.rebuild();
        stage.setScene(window.scene);
        stage.setTitle(context.i18n().text("app.title"));
        AfterFirstFrame.run(() -> setIconsSoon(stage));
        stage.setOnHidden(event -> {
            window.vault.lockNow();
            context.session().clear();
        });
        stage.show();
        return window;
    }

    /** The class-path resource of the window icon of one size. */
    public static String windowIconResource(int size) {
        return "/org/exposurecheck/ui/icon-" + size + ".png";
    }

    /**
     * The window shows first: decoding eight PNGs up to 512 px and handing them to the window system cost the FX
     * thread time before the first frame. Images may be decoded on any thread; the stage takes them on the FX thread.
     */
    private static void setIconsSoon(Stage stage) {
        Background.run("window-icons", () -> {
            List<Image> icons = WINDOW_ICON_SIZES.stream()
                    .map(size -> new Image(MainWindow.class.getResourceAsStream(windowIconResource(size))))
                    .toList();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
    }

    /** Opens the packs screen and starts importing a pack file the app was asked to open. */
    public void importPack(java.nio.file.Path file) {
        show(Screen.PACKS);
        if (packs != null) {
            packs.importFile(file);
        }
    }

    @Override
    public void show(Screen screen) {
        current = screen;
        BorderPane shell = (BorderPane) scene.getRoot();
        shell.setCenter(load(screen.fxml()));
    }

    @Override
    public void quickExit() {
        vault.lockNow();
        context.session().clear();
        stage.hide();
        exit.run();
    }

    @Override
    public BooleanProperty demoModeProperty() {
        return demoMode;
    }

    /** Locked after the idle time: what the person had typed or seen goes, and the unlock panel is what shows. */
    private void lockedWhileAway() {
        context.session().clear();
        show(Screen.VAULT);
    }

    private void rebuild() {
        scene.setRoot(load("shell_main"));
        stage.setTitle(context.i18n().text("app.title"));
        show(current);
    }

    private void applyTheme() {
        context.themeProperty().get().applyTo(scene, systemDark, context.presentationProperty().get());
    }

    private Parent load(String fxml) {
        return Fxml.load(fxml, context.i18n().bundle(), this::controller);
    }

    /** Controllers take the context and this navigator; JavaFX's own classes are not ours to build. */
    private Object controller(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(AppContext.class, Navigator.class);
            Object controller = constructor.newInstance(context, this);
            if (controller instanceof PackImporter importer) {
                packs = importer;
            }
            return controller;
        } catch (ReflectiveOperationException missing) {
            throw new IllegalStateException("Controller " + type.getSimpleName() + " needs a (AppContext, Navigator) constructor.", missing);
        }
    }
}
