package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exposurecheck.store.vault.VaultException;
import org.exposurecheck.store.vault.VaultFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "forget", description = "Delete the vault: its bytes are overwritten, then the file is deleted. No passphrase is needed.")
final class VaultForgetCommand implements Callable<Integer> {
    static final String LIMITS = "On an SSD or a copy-on-write file system (APFS, Btrfs, ZFS), and in backups, snapshots or synced"
            + " folders, older copies of the encrypted file can survive; they stay encrypted with your passphrase. Full-disk"
            + " encryption protects them too.";

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    /** Accepted like every vault command's, so scripts can pass the same options; forgetting never reads it. */
    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Not needed: forgetting works without the passphrase.")
    Path ignoredPassphraseFile;

    @Override
    public Integer call() throws VaultException {
        PrintWriter out = spec.commandLine().getOut();
        VaultFile file = new VaultFile(dataDir.path());
        if (!file.forget()) {
            out.println("There is no vault in " + dataDir.path().toAbsolutePath() + "; nothing was deleted.");
            return 0;
        }
        out.println("Overwrote and deleted the vault at " + file.path() + ".");
        out.println(LIMITS);
        return 0;
    }
}
