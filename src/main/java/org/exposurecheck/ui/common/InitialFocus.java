package org.exposurecheck.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Gives a screen's first control the focus once it is really in the window. A ScrollPane's content
 * joins the scene only when its skin is made, at the next pulse; a focus request before that is
 * ignored and JavaFX then focuses the first control of the window (the language menu), which would
 * leave a keyboard or screen-reader user somewhere they did not expect.
 */
public final class InitialFocus {
    private InitialFocus() {
    }

    public static void request(Node node) {
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> property, Scene before, Scene after) {
                if (after != null) {
                    property.removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }
}
