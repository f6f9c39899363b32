package org.exposurecheck;

import org.exposurecheck.cli.ExposureCheckCli;
import org.exposurecheck.ui.DesktopApp;

/**
 * Entry point of the one jar: no arguments opens the desktop app, anything else runs the command line.
 * Deliberately not a JavaFX Application subclass: the JavaFX launcher refuses those on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopApp.launch(args);
            return;
        }
        System.exit(ExposureCheckCli.runOnConsole(args));
    }
}
