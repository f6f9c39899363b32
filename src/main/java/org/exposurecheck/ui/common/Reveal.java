package org.exposurecheck.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Takes a person to a control on a screen just shown: scrolls its screen so the control is in sight and gives it the
 * focus. A screen's ScrollPane content joins the scene only at the next pulse, so the control is looked up then.
 */
public final class Reveal {
    private Reveal() {
    }

    /** After the next pulse, the node of {@code scene} with this id, if there is one, is scrolled into sight and focused. */
    public static void later(Scene scene, String id) {
        Platform.runLater(() -> {
            Node node = scene.lookup("#" + id);
            if (node != null) {
                scrollIntoSight(node);
                node.requestFocus();
            }
        });
    }

    private static void scrollIntoSight(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                content.applyCss();
                scroll.layout();
                double overflow = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (overflow > 0) {
                    Bounds place = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double top = Math.max(0, Math.min(overflow, place.getMaxY() - scroll.getViewportBounds().getHeight() / 2));
                    scroll.setVvalue(scroll.getVmin() + top / overflow * (scroll.getVmax() - scroll.getVmin()));
                }
                return;
            }
        }
    }
}
