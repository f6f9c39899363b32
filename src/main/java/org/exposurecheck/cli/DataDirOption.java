package org.exposurecheck.cli;

import java.nio.file.Path;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.store.DataDirectory;
import org.exposurecheck.store.PackStore;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option every command takes, so tests, clinics and scripts can point it anywhere. */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where installed packs and settings live (default: the OS application-data directory).")
    Path dataDir;

    Path path() {
        return dataDir != null ? dataDir : DataDirectory.defaultLocation();
    }

    PackStore openStore() throws ExplainedException {
        return PackStore.open(path());
    }
}
