package org.exposurecheck.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads {@code fxml/<name>.fxml} with the current bundle, creating its controller through {@code controllers}. */
public final class Fxml {
    private Fxml() {
    }

    public static Parent load(String name, ResourceBundle bundle, Function<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(Fxml.class.getResource("/org/exposurecheck/ui/fxml/" + name + ".fxml"), bundle);
        loader.setControllerFactory(controllers::apply);
        try {
            return loader.load();
        } catch (IOException broken) {
            throw new UncheckedIOException("The screen " + name + " cannot be loaded; the application build is broken.", broken);
        }
    }
}
