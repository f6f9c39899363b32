package org.exposurecheck.ui.planted;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Not a violation, for ArchitectureTest: handing work to the FX thread through an Executor starts no thread. */
public final class HandsWorkToTheFxThread {
    private HandsWorkToTheFxThread() {
    }

    static Executor fxThread() {
        return Platform::runLater;
    }
}
