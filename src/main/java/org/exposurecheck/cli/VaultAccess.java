package org.exposurecheck.cli;

import java.io.PrintWriter;
import org.exposurecheck.store.vault.Passphrase;
import org.exposurecheck.store.vault.UnlockedVault;
import org.exposurecheck.store.vault.VaultException;
import org.exposurecheck.store.vault.VaultFile;

/** Opens the data directory's vault for a command; the passphrase is wiped as soon as the key is derived. */
final class VaultAccess {
    private VaultAccess() {
    }

    static UnlockedVault unlock(DataDirOption dataDir, PassphraseSource source, PrintWriter err) throws VaultException {
        VaultFile file = new VaultFile(dataDir.path());
        if (!file.exists()) {
            // Said before asking for a passphrase, so nobody types one for nothing.
            throw new UserError("There is no vault in " + dataDir.path().toAbsolutePath() + " yet; create one with 'vault init'.");
        }
        try (Passphrase passphrase = source.read(err)) {
            return file.unlock(passphrase);
        }
    }
}
