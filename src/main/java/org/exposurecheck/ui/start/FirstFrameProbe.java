package org.exposurecheck.ui.start;

import javafx.animation.AnimationTimer;

/**
 * For measuring start-up ({@code bench --start}): with {@code -Dexposurecheck.firstFrameProbe=true} the app
 * ends (exit status 0) as soon as its first window has been drawn, so the process's run time is the time to
 * the first window. JavaFX draws a frame before it starts the next pulse, so the second animation frame is the
 * signal; work deferred until after the first frame ({@code AfterFirstFrame}) is not counted.
 */
public final class FirstFrameProbe {
    public static final String PROPERTY = "exposurecheck.firstFrameProbe";

    private FirstFrameProbe() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call on the FX thread once the window is shown. */
    public static void exitAfterFirstFrame() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    System.exit(0);
                }
            }
        }.start();
    }
}
