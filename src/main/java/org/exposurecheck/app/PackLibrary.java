package org.exposurecheck.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.PackBytes;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackJudge;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.store.IndexRebuild;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.store.LoadedPacks;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.token.AuditPolicy;

/**
 * The packs the app checks against: the installed ones, or the bundled demo pack when none is installed
 * or when demo mode is on. Each call opens the store briefly, so nothing stays locked between checks. Every
 * pack passes the app's own audit with the default minimum before it is installed or used (decision 0013).
 */
public final class PackLibrary {
    private final Path dataDir;
    private final Clock clock;

    public PackLibrary(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** The person's consent to keyed lookups for the installed packs that offer them. */
    public KeyedConsent keyedConsent() {
        return new KeyedConsent(dataDir, clock);
    }

    public List<InstalledPack> installed() throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            return store.installed();
        }
    }

    public boolean hasInstalledPacks() {
        try {
            return !installed().isEmpty();
        } catch (ExplainedException unreadable) {
            return false;
        }
    }

    /**
     * The packs a check uses: the demo pack in demo mode, the installed ones otherwise — without those that
     * cannot be used or fail the app's own audit, which are named. When none of the installed packs can be used,
     * the first one's reason.
     */
    public PackChoice.Chosen forCheck(boolean demoMode) throws ExplainedException {
        PackChoice choice = new PackChoice(dataDir, clock, AuditPolicy.DEFAULT);
        if (demoMode) {
            return choice.demo();
        }
        PackChoice.Chosen installed = choice.installed();
        if (installed.noneUsable()) {
            throw new ExplainedException(installed.skipped().get(0).reason());
        }
        return installed;
    }

    /** The bytes of a pack file the person chose, with one sentence if it cannot be read or is too large. */
    public byte[] read(Path packFile) throws ExplainedException {
        return PackBytes.read(packFile);
    }

    /**
     * The installed packs a re-check of saved profiles uses: never the demo pack, and none at all (rather than a
     * refusal) when nothing usable is installed, so a vault's profiles are only ever checked against real datasets.
     */
    public LoadedPacks forMonitoring() throws ExplainedException {
        PackChoice.Chosen installed = new PackChoice(dataDir, clock, AuditPolicy.DEFAULT).installed();
        return new LoadedPacks(installed.packs(), installed.skipped());
    }

    /** Opens a pack file to show who signed it, before the person decides to trust that publisher. */
    public PackFile.Signed inspect(byte[] file) throws ExplainedException {
        return PackFile.open(file);
    }

    /** Installs a pack whose publisher the person has just confirmed; pins that key. */
    public InstalledPack install(byte[] file, PublisherKey confirmedPublisher) throws ExplainedException {
        PackJudge.judge(PackFile.open(file).manifest(), AuditPolicy.DEFAULT);
        try (PackStore store = PackStore.open(dataDir)) {
            return store.install(file, Optional.of(confirmedPublisher), clock.instant());
        }
    }

    public void remove(String packId) throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            store.remove(packId);
        }
    }

    /** True when the index of installed packs is missing, damaged or foreign, so it must be rebuilt before packs can be used. */
    public boolean indexDamaged() {
        try {
            return IndexRebuild.isNeeded(dataDir);
        } catch (ExplainedException otherwiseUnopenable) {
            return false;
        }
    }

    /** Reads what the damaged index still holds and the pack files; nothing changes until {@link #rebuild}. */
    public IndexRepair prepareRebuild() throws ExplainedException {
        return new IndexRepair(IndexRebuild.prepare(dataDir));
    }

    /** Rebuilds the index, trusting again the publishers the person has just confirmed by fingerprint. */
    public IndexRebuild.Result rebuild(IndexRepair repair, List<PublisherKey> confirmedPublishers) throws ExplainedException {
        return repair.rebuild().run(confirmedPublishers, clock.instant());
    }
}
