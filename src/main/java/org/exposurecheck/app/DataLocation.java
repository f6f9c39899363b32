package org.exposurecheck.app;

import java.nio.file.Path;
import org.exposurecheck.store.DataDirectory;

/** Where this person's packs, settings and vault are kept when no other directory is named. */
public final class DataLocation {
    private DataLocation() {
    }

    /** The OS application-data directory, e.g. ~/.local/share/exposure-check on Linux ({@link DataDirectory}). */
    public static Path forThisUser() {
        return DataDirectory.defaultLocation();
    }
}
