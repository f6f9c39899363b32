package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.exposurecheck.store.vault.Passphrase;
import org.exposurecheck.store.vault.PassphraseStrength;
import org.exposurecheck.store.vault.UnlockedVault;
import org.exposurecheck.store.vault.VaultException;
import org.exposurecheck.store.vault.VaultFile;
import org.exposurecheck.store.vault.VaultKdf;
import org.exposurecheck.store.vault.VaultRefusal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "init", description = "Create an empty vault in the data directory, encrypted with a passphrase you choose.")
final class VaultInitCommand implements Callable<Integer> {
    static final String CANNOT_RECOVER = "Nobody can recover a forgotten passphrase, not the makers of Exposure Check and not anyone"
            + " else: without it, what you save in the vault is lost. Keep it somewhere safe.";
    static final String VISIBLE = "Anyone holding this computer can see that a vault exists, and so that Exposure Check is used here,"
            + " though not what is in it.";

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    PassphraseSource passphrase;

    @Override
    public Integer call() throws VaultException {
        PrintWriter out = spec.commandLine().getOut();
        VaultFile file = new VaultFile(dataDir.path());
        if (file.exists()) {
            throw VaultRefusal.ALREADY_EXISTS.exception("file", file.path());
        }
        try (Passphrase chosen = passphrase.readNew(spec.commandLine().getErr())) {
            if (!chosen.isEmpty()) {
                describe(PassphraseStrength.of(chosen), out);
            }
            try (UnlockedVault created = file.create(chosen, VaultKdf.DEFAULT_COST)) {
                out.println("Created an empty vault at " + file.path() + " (" + VaultKdf.DEFAULT_COST + ").");
            }
        }
        out.println(CANNOT_RECOVER);
        out.println(VISIBLE);
        return 0;
    }

    private static void describe(PassphraseStrength strength, PrintWriter out) {
        out.println("Passphrase strength: " + strength.score() + " of 4 (zxcvbn). One RTX 4090 would need "
                + GuessTime.describe(strength.gpuYearsToGuess(VaultKdf.DEFAULT_COST)) + " to guess it at this vault's cost.");
        if (!strength.englishWarning().isBlank()) {
            out.println("  " + strength.englishWarning());
        }
        strength.englishSuggestions().forEach(suggestion -> out.println("  " + suggestion));
        out.flush();
    }
}
