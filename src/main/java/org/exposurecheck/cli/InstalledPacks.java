package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.time.Clock;
import org.exposurecheck.app.PackChoice;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.store.SkippedPack;
import org.exposurecheck.token.AuditPolicy;

/**
 * The packs a check runs against when none are named ({@link PackChoice#installedOrDemo()}), said on stderr:
 * each installed pack that cannot be used by name, and the demo pack when it stands in for an empty library.
 */
final class InstalledPacks {
    private InstalledPacks() {
    }

    static PackChoice.Chosen loadOrDemo(DataDirOption dataDir, Clock clock, PrintWriter err, AuditPolicy minimum) throws ExplainedException {
        PackChoice.Chosen chosen = new PackChoice(dataDir.path(), clock, minimum).installedOrDemo();
        for (SkippedPack skipped : chosen.skipped()) {
            err.println("Pack " + skipped.title() + " (" + skipped.packId() + ") was skipped: " + skipped.reason().inEnglish());
        }
        if (chosen.noneUsable()) {
            throw new UserError("None of the installed packs can be used, so nothing was checked.");
        }
        if (chosen.demoInstead()) {
            err.println("No packs are installed: checking against the bundled demo pack, which holds fictional people only.");
        }
        return chosen;
    }
}
