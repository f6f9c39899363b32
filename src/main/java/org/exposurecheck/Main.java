package org.exposurecheck;

import org.exposurecheck.cli.ExposureCheckCli;
import org.exposurecheck.ui.DesktopApp;

/**
 * Entry point of the one jar: no arguments (or just a pack file to import, as a file manager passes it)
 * opens the desktop app; anything else runs the command line.
 * Deliberately not a JavaFX Application subclass: the JavaFX launcher refuses those on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && DesktopApp.isPackFile(args[0])) {
            // Without GTK 3 or a display, one sentence on the console instead of JavaFX's stack trace.
            DesktopApp.open(args).ifPresent(whyNot -> System.exit(ExposureCheckCli.failOnConsole(whyNot)));
            return;
        }
        System.exit(ExposureCheckCli.runOnConsole(args));
    }
}
