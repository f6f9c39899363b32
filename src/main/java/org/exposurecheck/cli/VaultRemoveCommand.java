package org.exposurecheck.cli;

import java.util.concurrent.Callable;
import org.exposurecheck.store.vault.UnlockedVault;
import org.exposurecheck.store.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "remove", description = "Remove one saved profile, with its history and checklist, from the vault.")
final class VaultRemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    PassphraseSource passphrase;

    @Option(names = "--label", required = true, paramLabel = "LABEL", description = "The saved profile's label.")
    String label;

    @Override
    public Integer call() throws VaultException {
        try (UnlockedVault vault = VaultAccess.unlock(dataDir, passphrase, spec.commandLine().getErr())) {
            vault.save(vault.contents().without(label));
            spec.commandLine().getOut().println("Removed \"" + label + "\" from the vault; " + vault.contents().profiles().size()
                    + " saved profiles are left.");
        }
        return 0;
    }
}
