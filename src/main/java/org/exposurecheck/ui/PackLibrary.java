package org.exposurecheck.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.store.IndexRebuild;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.store.LoadedPacks;
import org.exposurecheck.store.PackStore;

/**
 * The packs the app checks against: the installed ones, or the bundled demo pack when none is installed
 * or when demo mode is on. Each call opens the store briefly, so nothing stays locked between checks.
 */
public final class PackLibrary {
    private final Path dataDir;
    private final Clock clock;

    PackLibrary(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public List<InstalledPack> installed() throws PackException {
        try (PackStore store = PackStore.open(dataDir)) {
            return store.installed();
        }
    }

    public boolean hasInstalledPacks() {
        try {
            return !installed().isEmpty();
        } catch (PackException unreadable) {
            return false;
        }
    }

    /**
     * The packs a check uses: the demo pack in demo mode, the installed ones otherwise — without those that
     * cannot be used, which are named. When none of the installed packs can be used, the first one's reason.
     */
    public LoadedPacks forCheck(boolean demoMode) throws PackException {
        if (demoMode) {
            return new LoadedPacks(List.of(BundledDemo.pack(clock.instant())), List.of());
        }
        try (PackStore store = PackStore.open(dataDir)) {
            LoadedPacks loaded = store.load(clock.instant());
            if (loaded.packs().isEmpty() && !loaded.skipped().isEmpty()) {
                throw new PackException(loaded.skipped().get(0).reason());
            }
            return loaded;
        }
    }

    /** Opens a pack file to show who signed it, before the person decides to trust that publisher. */
    public PackFile.Signed inspect(byte[] file) throws PackException {
        return PackFile.open(file);
    }

    /** Installs a pack whose publisher the person has just confirmed; pins that key. */
    public InstalledPack install(byte[] file, PublisherKey confirmedPublisher) throws PackException {
        try (PackStore store = PackStore.open(dataDir)) {
            return store.install(file, Optional.of(confirmedPublisher), clock.instant());
        }
    }

    public void remove(String packId) throws PackException {
        try (PackStore store = PackStore.open(dataDir)) {
            store.remove(packId);
        }
    }

    /** True when the index of installed packs is missing, damaged or foreign, so it must be rebuilt before packs can be used. */
    public boolean indexDamaged() {
        try {
            return IndexRebuild.isNeeded(dataDir);
        } catch (PackException otherwiseUnopenable) {
            return false;
        }
    }

    /** Reads what the damaged index still holds and the pack files; nothing changes until {@link IndexRebuild#run}. */
    public IndexRebuild prepareRebuild() throws PackException {
        return IndexRebuild.prepare(dataDir);
    }

    /** Rebuilds the index, trusting again the publishers the person has just confirmed by fingerprint. */
    public IndexRebuild.Result rebuild(IndexRebuild rebuild, List<PublisherKey> confirmedPublishers) throws PackException {
        return rebuild.run(confirmedPublishers, clock.instant());
    }
}
