package org.exposurecheck.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.exposurecheck.base.SmallFiles;
import org.exposurecheck.store.vault.Passphrase;
import org.exposurecheck.store.vault.VaultException;
import org.exposurecheck.store.vault.VaultRefusal;
import picocli.CommandLine.Option;

/**
 * Where a vault command gets the passphrase: a file, or the console without echo. Never an argument:
 * every user of the computer can list a process's arguments.
 */
final class PassphraseSource {
    private static final int MAX_PASSPHRASE_FILE_BYTES = 64 << 10;
    private static final Set<PosixFilePermission> READABLE_BY_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "A file holding the vault's passphrase (UTF-8; one line ending is ignored). Without it, the passphrase is asked for on the console.")
    Path file;

    /** The passphrase of an existing vault. */
    Passphrase read(PrintWriter err) {
        return file != null ? fromFile(err) : prompt("Vault passphrase: ");
    }

    /** A new passphrase: from the file, or typed twice on the console. */
    Passphrase readNew(PrintWriter err) throws VaultException {
        if (file != null) {
            return fromFile(err);
        }
        Passphrase first = prompt("New vault passphrase: ");
        try (Passphrase again = prompt("The same passphrase again: ")) {
            if (!first.sameAs(again)) {
                first.close();
                throw VaultRefusal.PASSPHRASES_DIFFER.exception();
            }
        }
        return first;
    }

    private Passphrase fromFile(PrintWriter err) {
        byte[] bytes;
        try {
            // A passphrase is one line; a cap keeps a wrong path (a device, a huge file) from reading for ever.
            bytes = SmallFiles.readBytes(file, MAX_PASSPHRASE_FILE_BYTES);
        } catch (NoSuchFileException missing) {
            throw new UserError("The passphrase file " + file + " does not exist.");
        } catch (IOException failed) {
            throw new UserError("Could not read the passphrase file " + file + ": " + failed.getMessage() + ".");
        }
        try {
            int length = bytes.length;
            if (length > 0 && bytes[length - 1] == '\n') {
                length--;
                if (length > 0 && bytes[length - 1] == '\r') {
                    length--;
                }
            }
            byte[] line = Arrays.copyOf(bytes, length);
            Passphrase passphrase = Passphrase.fromUtf8(line);
            Arrays.fill(line, (byte) 0);
            if (passphrase == null) {
                throw new UserError("The passphrase file " + file + " is not UTF-8 text.");
            }
            warnIfOthersCanRead(err);
            return passphrase;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private void warnIfOthersCanRead(PrintWriter err) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.retainAll(READABLE_BY_OTHERS);
            if (!permissions.isEmpty()) {
                err.println("Note: other users of this computer can read " + file + ", and with it open the vault"
                        + " (chmod 600 " + file + " stops that).");
            }
        } catch (IOException unknown) {
            // Permissions that cannot be read cannot be judged; the passphrase was read all the same.
        }
    }

    private static Passphrase prompt(String question) {
        Console console = System.console();
        if (console == null) {
            throw new UserError("There is no console to ask for the passphrase on: give --passphrase-file FILE.");
        }
        char[] typed = console.readPassword("%s", question);
        if (typed == null) {
            throw new UserError("No passphrase was typed.");
        }
        return Passphrase.wrap(typed);
    }
}
