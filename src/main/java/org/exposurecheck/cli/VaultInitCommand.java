package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.exposurecheck.app.vault.InstalledSequences;
import org.exposurecheck.app.vault.PassphraseRating;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.store.vault.CheckedPacksNote;
import org.exposurecheck.store.vault.Passphrase;
import org.exposurecheck.store.vault.UnlockedVault;
import org.exposurecheck.store.vault.VaultFile;
import org.exposurecheck.store.vault.VaultKdf;
import org.exposurecheck.store.vault.VaultRefusal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "init", description = "Create an empty vault in the data directory, encrypted with a passphrase you choose.")
final class VaultInitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    PassphraseSource passphrase;

    @Override
    public Integer call() throws ExplainedException {
        PrintWriter out = spec.commandLine().getOut();
        VaultFile file = new VaultFile(dataDir.path());
        if (file.exists()) {
            throw VaultRefusal.ALREADY_EXISTS.exception("file", file.path());
        }
        try (Passphrase chosen = passphrase.readNew(spec.commandLine().getErr())) {
            if (!chosen.isEmpty()) {
                describe(PassphraseRating.of(chosen), out);
            }
            try (UnlockedVault created = file.create(chosen, VaultKdf.DEFAULT_COST)) {
                out.println("Created an empty vault at " + file.path() + " (" + VaultKdf.DEFAULT_COST + ").");
            }
            // An empty vault has nothing to check: the datasets installed now are not news to it.
            new CheckedPacksNote(dataDir.path()).write(InstalledSequences.of(dataDir.path()).current());
        }
        out.println(PassphraseRating.cannotRecover().inEnglish());
        out.println(PassphraseRating.visibleOnThisComputer().inEnglish());
        return 0;
    }

    /** The same rating the app shows, in English. */
    private static void describe(PassphraseRating rating, PrintWriter out) {
        out.println("Passphrase strength: " + rating.score() + " of 4 (zxcvbn): " + rating.verdict().inEnglish() + " "
                + rating.timeToGuess().inEnglish());
        rating.warning().ifPresent(warning -> out.println("  " + warning.inEnglish()));
        rating.suggestions().forEach(suggestion -> out.println("  " + suggestion.inEnglish()));
        out.println("  " + PassphraseRating.estimateLimits().inEnglish());
        out.flush();
    }
}
