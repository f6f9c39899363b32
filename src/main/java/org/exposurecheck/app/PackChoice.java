package org.exposurecheck.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackJudge;
import org.exposurecheck.store.LoadedPacks;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.store.SkippedPack;
import org.exposurecheck.token.AuditPolicy;

/**
 * Which packs a check runs against, decided once for the command line and the app: packs named with their
 * publisher's key, the installed ones, or the bundled demo pack (in demo mode, or when nothing is installed).
 * Every pack used has passed this computer's own audit at {@code minimum} (decision 0013); an installed pack
 * that cannot be used is left out and named with its reason; when none of the installed ones can be used,
 * nothing is checked — never the demo pack instead.
 */
public final class PackChoice {
    private final Path dataDir;
    private final Clock clock;
    private final AuditPolicy minimum;

    public PackChoice(Path dataDir, Clock clock, AuditPolicy minimum) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.minimum = minimum;
    }

    /** The packs chosen, those skipped with their reasons, and whether the demo pack stands in for an empty library. */
    public record Chosen(List<Pack> packs, List<SkippedPack> skipped, boolean demoInstead) {
        public Chosen {
            packs = List.copyOf(packs);
            skipped = List.copyOf(skipped);
        }

        /** Packs are installed, but none of them can be used: nothing is to be checked. */
        public boolean noneUsable() {
            return packs.isEmpty() && !skipped.isEmpty();
        }
    }

    /** Packs the person named: each must pass the audit, or the first that does not is the refusal. */
    public Chosen given(List<Pack> packs) throws ExplainedException {
        for (Pack pack : packs) {
            PackJudge.judge(pack.manifest(), minimum);
        }
        return new Chosen(packs, List.of(), false);
    }

    /** The demo pack alone: demo mode. */
    public Chosen demo() throws ExplainedException {
        Pack demo = BundledDemo.pack(clock.instant());
        PackJudge.judge(demo.manifest(), minimum);
        return new Chosen(List.of(demo), List.of(), false);
    }

    /** The installed packs that can be used; empty when none is installed. */
    public Chosen installed() throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            LoadedPacks loaded = store.load(clock.instant()).judged(minimum);
            return new Chosen(loaded.packs(), loaded.skipped(), false);
        }
    }

    /** The installed packs, or the demo pack when none is installed. */
    public Chosen installedOrDemo() throws ExplainedException {
        Chosen installed = installed();
        if (installed.packs().isEmpty() && installed.skipped().isEmpty()) {
            return new Chosen(demo().packs(), List.of(), true);
        }
        return installed;
    }
}
