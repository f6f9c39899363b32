package org.exposurecheck.ui.start;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A hello-world JavaFX window, the yardstick {@code bench --start} holds the app's start-up against: the same
 * JavaFX, the same JVM and the same jar, and nothing of the app. Run with {@link Launcher} as its main class.
 */
public final class HelloWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1040, 720));
        stage.setTitle("Hello");
        stage.show();
        if (FirstFrameProbe.requested()) {
            FirstFrameProbe.exitAfterFirstFrame();
        }
    }

    /** A main class that is not an Application subclass, as JavaFX requires of class-path apps. */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(HelloWindow.class, args);
        }
    }
}
