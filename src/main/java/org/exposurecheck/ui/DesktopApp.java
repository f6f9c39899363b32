package org.exposurecheck.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop application. */
public final class DesktopApp extends Application {
    public static void launch(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("Exposure Check");
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label body = new Label("Use the command line for now: exposure-check check --profile FILE.json");
        VBox root = new VBox(12, title, body);
        root.setPadding(new Insets(24));
        stage.setTitle("Exposure Check");
        stage.setScene(new Scene(root, 560, 200));
        stage.show();
    }
}
