package org.exposurecheck.ui.common;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Work the first window can do without: it runs on the FX thread once that window has been drawn. JavaFX
 * draws a frame before it starts the next pulse, so the second animation frame is the signal; the work then
 * waits for that pulse to end, so it never delays the frame itself.
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    /** Call on the FX thread once the window is shown (or about to be). */
    public static void run(Runnable work) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    Platform.runLater(work);
                }
            }
        }.start();
    }
}
