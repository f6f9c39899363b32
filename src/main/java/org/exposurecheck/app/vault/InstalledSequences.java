package org.exposurecheck.app.vault;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.store.PackStore;

/** Which datasets are installed now, each at which sequence: what "changed since your last check" is measured against. */
@FunctionalInterface
public interface InstalledSequences {
    Map<String, Long> current() throws ExplainedException;

    /** The data directory's index of installed packs. */
    static InstalledSequences of(Path dataDir) {
        return () -> {
            Map<String, Long> sequences = new TreeMap<>();
            try (PackStore store = PackStore.open(dataDir)) {
                for (InstalledPack pack : store.installed()) {
                    sequences.put(pack.id(), pack.sequence());
                }
            }
            return sequences;
        };
    }
}
