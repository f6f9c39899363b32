package org.exposurecheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.exposurecheck.app.PackChoice;
import org.exposurecheck.app.VaultFindings;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.store.vault.CheckHistory;
import org.exposurecheck.store.vault.NewSinceLastCheck;
import org.exposurecheck.store.vault.RecordChange;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.SeenRecord;
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
            PackChoice.Chosen loaded = InstalledPacks.loadOrDemo(dataDir, clock, err, minimum.minimum());
            List<Pack> packs = loaded.packs();
            Map<String, Long> sequences = VaultFindings.sequences(packs);
            VaultContents checked = contents;
            try (TokenDeriver deriver = threads.deriver()) {
                MatchEngine engine = new MatchEngine(new Normaliser(clock), deriver);
                for (SavedProfile saved : contents.profiles()) {
                    ExposureReport report = engine.check(new Profile(saved.label(), saved.identifiers(), saved.photoHashes()), packs,
                            Progress.NONE, new CancelSignal());
                    List<SeenRecord> found = VaultFindings.seen(report);
                    CheckHistory previous = saved.lastCheck().orElse(null);
                    InputProblemsText.print(report, err);
                    print(report, previous, NewSinceLastCheck.between(previous, found), out);
                    checked = checked.withReplaced(saved.withLastCheck(CheckHistory.after(previous, clock.instant(), sequences, found)));
                }
            }
            vault.save(checked);
            // Non-zero when an installed pack was skipped, as for check: not everything installed was used.
            return loaded.skipped().isEmpty() ? 0 : ExposureCheckCli.EXIT_FAILURE;
        }
    }

    private void print(ExposureReport report, CheckHistory previous, List<RecordChange> news, PrintWriter out) {
        if (json) {
            ObjectNode line = ReportJson.node(report);
            ArrayNode array = line.putArray("new_since_last_check");
            for (RecordChange change : news) {
                ObjectNode node = array.addObject().put("pack", change.packId()).put("record", change.recordId())
                        .put("change", change.newRecord() ? "new_record" : "new_types");
                ReportJson.types(node.putArray("types"), change.kinds());
            }
            line.put("previous_check", previous == null ? null : previous.checkedAt().toString());
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

    private String newsText(CheckHistory previous, List<RecordChange> news) {
        if (previous == null) {
            return "First check of this saved profile: everything found is new to the vault.";
        }
        String since = "since the last check on " + previous.checkedAt().atZone(clock.getZone()).toLocalDate();
        return news.isEmpty() ? "Nothing new " + since + "." : "New " + since + ":";
    }
}
