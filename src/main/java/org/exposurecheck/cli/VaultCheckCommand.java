package org.exposurecheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.exposurecheck.app.PackChoice;
import org.exposurecheck.app.vault.InstalledSequences;
import org.exposurecheck.app.vault.VaultRecheck;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.store.vault.CheckedPacksNote;
import org.exposurecheck.store.vault.RecordChange;
import org.exposurecheck.store.vault.UnlockedVault;
import org.exposurecheck.store.vault.VaultContents;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Check every saved profile as 'check' does, say what is new since its last check, and remember this check in the vault.")
final class VaultCheckCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    PassphraseSource passphrase;

    @Option(names = "--json", description = "Print one JSON line per saved profile: the 'check --json' line plus \"new_since_last_check\".")
    boolean json;

    @Mixin
    ThreadsOption threads;

    @Mixin
    MinGpuYearsOption minimum;

    VaultCheckCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (UnlockedVault vault = VaultAccess.unlock(dataDir, passphrase, err)) {
            VaultContents contents = vault.contents();
            if (contents.profiles().isEmpty()) {
                err.println("The vault holds no saved profiles yet: add one with 'vault add --profile FILE'.");
                return 0;
            }
            // Read before loading: a dataset installed while this check runs is not covered, so it stays "changed".
            Map<String, Long> installed = InstalledSequences.of(dataDir.path()).current();
            PackChoice.Chosen loaded = InstalledPacks.loadOrDemo(dataDir, clock, err, minimum.minimum());
            VaultRecheck.Checked checked;
            try (TokenDeriver deriver = threads.deriver()) {
                checked = VaultRecheck.check(contents.profiles(), loaded.packs(), new MatchEngine(new Normaliser(clock), deriver)::check,
                        clock.instant(), Progress.NONE, new CancelSignal());
            }
            for (VaultRecheck.ProfileResult result : checked.profiles()) {
                InputProblemsText.print(result.report(), err);
                print(result, out);
            }
            vault.save(checked.remember(contents));
            new CheckedPacksNote(dataDir.path()).write(installed);
            // Non-zero when an installed pack was skipped, as for check: not everything installed was used.
            return loaded.skipped().isEmpty() ? 0 : ExposureCheckCli.EXIT_FAILURE;
        }
    }

    private void print(VaultRecheck.ProfileResult result, PrintWriter out) {
        ExposureReport report = result.report();
        List<RecordChange> news = result.news();
        Instant previous = result.previousCheck().orElse(null);
        if (json) {
            ObjectNode line = ReportJson.node(report);
            ArrayNode array = line.putArray("new_since_last_check");
            for (RecordChange change : news) {
                ObjectNode node = array.addObject().put("pack", change.packId()).put("record", change.recordId())
                        .put("change", change.newRecord() ? "new_record" : "new_types");
                ReportJson.types(node.putArray("types"), change.kinds());
            }
            line.put("previous_check", previous == null ? null : previous.toString());
            out.println(ReportJson.text(line));
        } else {
            ReportText.print(report, out);
            out.println("  " + newsText(previous, news));
            for (RecordChange change : news) {
                out.println("    " + (change.newRecord() ? "New record " : "Record ") + change.recordId() + " in " + change.packId()
                        + (change.newRecord() ? ": " : " now also lists: ") + ReportText.ids(change.kinds()) + ".");
            }
        }
        out.flush();
    }

    private String newsText(Instant previous, List<RecordChange> news) {
        if (previous == null) {
            return "First check of this saved profile: everything found is new to the vault.";
        }
        String since = "since the last check on " + previous.atZone(clock.getZone()).toLocalDate();
        return news.isEmpty() ? "Nothing new " + since + "." : "New " + since + ":";
    }
}
