package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exposurecheck.app.vault.ResolutionChecklist;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.report.Advice;
import org.exposurecheck.store.vault.Checklist;
import org.exposurecheck.store.vault.UnlockedVault;
import org.exposurecheck.store.vault.VaultContents;
import org.exposurecheck.store.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tick", description = "Mark a step of the advice for one kind of detail as done (or, with --undo, not done) for a saved profile.")
final class VaultTickCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    PassphraseSource passphrase;

    @Option(names = "--label", required = true, paramLabel = "LABEL", description = "The saved profile's label.")
    String label;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "The kind of detail: name, hkid, phone, email, address, dob, handle, plate, employer or photo.")
    String type;

    @Option(names = "--step", required = true, paramLabel = "N", description = "The step of that advice, from 1.")
    int step;

    @Option(names = "--undo", description = "Mark the step as not done.")
    boolean undo;

    @Override
    public Integer call() throws VaultException {
        PrintWriter out = spec.commandLine().getOut();
        IdentifierType kind = IdentifierType.fromId(type)
                .orElseThrow(() -> new UserError("There is no kind of detail called '" + type + "'; see --help for the kinds."));
        Advice.Item advice = Advice.forTypes(List.of(kind), Locale.ENGLISH).get(0);
        // Checked before asking for the passphrase, so nobody types one for nothing.
        ResolutionChecklist.requireStep(kind, step);
        try (UnlockedVault vault = VaultAccess.unlock(dataDir, passphrase, spec.commandLine().getErr())) {
            VaultContents ticked = ResolutionChecklist.withTick(vault.contents(), label, kind, step, !undo);
            vault.save(ticked);
            Checklist checklist = ticked.profile(label).orElseThrow().checklist();
            out.println((undo ? "Not done: " : "Done: ") + "step " + step + " for " + kind.id() + " (" + advice.steps().get(step - 1) + "). "
                    + checklist.ticked(kind).size() + " of " + advice.steps().size() + " steps done.");
        }
        return 0;
    }
}
