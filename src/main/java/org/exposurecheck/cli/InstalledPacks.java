package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.store.PackStore;

/** The packs a check runs against when none are named: those installed, or the bundled demo pack when none is. */
final class InstalledPacks {
    private InstalledPacks() {
    }

    static List<Pack> loadOrDemo(DataDirOption dataDir, Clock clock, PrintWriter err) throws PackException {
        List<Pack> loaded = new ArrayList<>();
        try (PackStore store = dataDir.openStore()) {
            loaded.addAll(store.load(clock.instant()));
        }
        if (loaded.isEmpty()) {
            err.println("No packs are installed: checking against the bundled demo pack, which holds fictional people only.");
            loaded.add(BundledDemo.pack(clock.instant()));
        }
        return loaded;
    }
}
