package org.exposurecheck.store;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;

/** Where Exposure Check keeps installed packs and settings; every command can point it elsewhere. */
public final class DataDirectory {
    private DataDirectory() {
    }

    /** The OS application-data directory, e.g. ~/.local/share/exposure-check on Linux. */
    public static Path defaultLocation() {
        return Path.of(ProjectDirectories.from("org", "Exposure Check", "exposure-check").dataDir);
    }
}
