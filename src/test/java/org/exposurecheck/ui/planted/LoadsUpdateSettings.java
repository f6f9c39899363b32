package org.exposurecheck.ui.planted;

import java.nio.file.Path;
import org.exposurecheck.update.UpdateException;
import org.exposurecheck.update.UpdateSettings;

/** A planted violation for ArchitectureTest: a value ui may show (update settings), asked to read its file from ui. */
public final class LoadsUpdateSettings {
    private LoadsUpdateSettings() {
    }

    static UpdateSettings load(Path dataDir) throws UpdateException {
        return UpdateSettings.load(dataDir);
    }
}
