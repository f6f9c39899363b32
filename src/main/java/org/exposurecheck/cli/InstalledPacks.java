package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.PackJudge;
import org.exposurecheck.store.LoadedPacks;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.store.SkippedPack;
import org.exposurecheck.token.AuditPolicy;

/**
 * The packs a check runs against when none are named: those installed, or the bundled demo pack when none is.
 * An installed pack that cannot be used (expired, damaged, missing, or below this computer's minimum in its own
 * audit, decision 0013) is named on stderr and left out; when none of them can be used, nothing is checked —
 * never the demo pack instead.
 */
final class InstalledPacks {
    private InstalledPacks() {
    }

    static LoadedPacks loadOrDemo(DataDirOption dataDir, Clock clock, PrintWriter err, AuditPolicy minimum) throws ExplainedException {
        LoadedPacks installed;
        try (PackStore store = dataDir.openStore()) {
            installed = store.load(clock.instant()).judged(minimum);
        }
        for (SkippedPack skipped : installed.skipped()) {
            err.println("Pack " + skipped.title() + " (" + skipped.packId() + ") was skipped: " + skipped.reason().inEnglish());
        }
        if (installed.packs().isEmpty() && !installed.skipped().isEmpty()) {
            throw new UserError("None of the installed packs can be used, so nothing was checked.");
        }
        if (installed.packs().isEmpty()) {
            err.println("No packs are installed: checking against the bundled demo pack, which holds fictional people only.");
            Pack demo = BundledDemo.pack(clock.instant());
            PackJudge.judge(demo.manifest(), minimum);
            return new LoadedPacks(List.of(demo), List.of());
        }
        return installed;
    }
}
