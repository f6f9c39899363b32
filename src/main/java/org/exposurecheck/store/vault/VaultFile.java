package org.exposurecheck.store.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.exposurecheck.token.KdfParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one vault file of a data directory ({@value #FILE_NAME}; docs/vault-format.md): created with a
 * passphrase, unlocked with it, or forgotten. Opening never writes: a file that is refused stays exactly
 * as it was.
 */
public final class VaultFile {
    public static final String FILE_NAME = "vault.ecvault";
    private static final Logger LOG = LoggerFactory.getLogger(VaultFile.class);
    /** Far more than any vault of saved profiles; a bigger file is not read into memory at all. */
    private static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    private final Path file;
    private final SecureRandom random;

    public VaultFile(Path dataDir) {
        this(dataDir, new SecureRandom());
    }

    VaultFile(Path dataDir, SecureRandom random) {
        this.file = dataDir.resolve(FILE_NAME);
        this.random = random;
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /**
     * A new, empty vault under {@code passphrase}, at {@code cost}. Refused when a vault exists already (it
     * is left alone), or when the passphrase is empty or too easy to guess ({@link PassphraseStrength}).
     */
    public UnlockedVault create(Passphrase passphrase, KdfParameters cost) throws VaultException {
        if (exists()) {
            throw VaultRefusal.ALREADY_EXISTS.exception("file", file);
        }
        if (passphrase.isEmpty()) {
            throw VaultRefusal.PASSPHRASE_EMPTY.exception();
        }
        if (!PassphraseStrength.of(passphrase).acceptable()) {
            throw VaultRefusal.PASSPHRASE_TOO_WEAK.exception();
        }
        byte[] salt = new byte[VaultKdf.SALT_LENGTH];
        random.nextBytes(salt);
        VaultKdf.DerivedKeys keys = VaultKdf.derive(passphrase, salt, cost);
        VaultHeader header = new VaultHeader(cost, salt, new byte[VaultHeader.NONCE_LENGTH], keys.passphraseCheck(), VaultHeader.TAG_LENGTH);
        UnlockedVault vault = new UnlockedVault(file, header, keys.key(), VaultContents.EMPTY, random);
        try {
            vault.save(VaultContents.EMPTY);
        } catch (VaultException failed) {
            vault.close();
            throw failed;
        }
        LOG.info("Created a vault ({})", cost);
        return vault;
    }

    /**
     * Opens the vault: the header is checked first (so a damaged header costs no key derivation), then the
     * passphrase, then the encrypted body. Every refusal is one sentence and changes nothing on disk.
     */
    public UnlockedVault unlock(Passphrase passphrase) throws VaultException {
        byte[] bytes = read();
        VaultHeader header = VaultHeader.read(bytes, file);
        VaultKdf.DerivedKeys keys = VaultKdf.derive(passphrase, header.salt(), header.cost());
        if (!MessageDigest.isEqual(keys.passphraseCheck(), header.passphraseCheck())) {
            keys.key().close();
            throw VaultRefusal.WRONG_PASSPHRASE.exception();
        }
        byte[] plaintext = VaultCipher.open(keys.key(), header.nonce(), Arrays.copyOf(bytes, VaultHeader.LENGTH), bytes,
                VaultHeader.LENGTH, bytes.length - VaultHeader.LENGTH);
        if (plaintext == null) {
            keys.key().close();
            throw VaultRefusal.DAMAGED.exception("file", file);
        }
        try {
            VaultContents contents = VaultContentsCodec.decode(plaintext, file);
            LOG.info("Unlocked the vault: {} saved profiles", contents.profiles().size());
            return new UnlockedVault(file, header, keys.key(), contents, random);
        } catch (VaultException unreadable) {
            keys.key().close();
            throw unreadable;
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * The first half of changing the passphrase of {@code open}, the slow half: checks {@code current} against the
     * vault's header and derives a key from {@code next} under a fresh salt, at {@code cost}. Nothing is written until
     * {@link NewPassphrase#saveWith}, so a caller can do that while holding whatever keeps other saves out; the file's
     * format is unchanged (docs/vault-format.md), only its salt, cost and passphrase check are new. Refused when
     * {@code current} is not the vault's passphrase, or {@code next} is empty or too easy to guess.
     */
    public NewPassphrase prepareNewPassphrase(UnlockedVault open, Passphrase current, Passphrase next, KdfParameters cost)
            throws VaultException {
        VaultHeader header = open.header();
        VaultKdf.DerivedKeys check = VaultKdf.derive(current, header.salt(), header.cost());
        check.key().close();
        if (!MessageDigest.isEqual(check.passphraseCheck(), header.passphraseCheck())) {
            throw VaultRefusal.WRONG_PASSPHRASE.exception();
        }
        if (next.isEmpty()) {
            throw VaultRefusal.PASSPHRASE_EMPTY.exception();
        }
        if (!PassphraseStrength.of(next).acceptable()) {
            throw VaultRefusal.PASSPHRASE_TOO_WEAK.exception();
        }
        byte[] salt = new byte[VaultKdf.SALT_LENGTH];
        random.nextBytes(salt);
        VaultKdf.DerivedKeys keys = VaultKdf.derive(next, salt, cost);
        return new NewPassphrase(new VaultHeader(cost, salt, new byte[VaultHeader.NONCE_LENGTH], keys.passphraseCheck(),
                VaultHeader.TAG_LENGTH), keys.key());
    }

    /** A key derived from a new passphrase, not yet used: {@link #saveWith} re-encrypts the vault under it, or {@link #close} drops it. */
    public final class NewPassphrase implements AutoCloseable {
        private final VaultHeader header;
        private final VaultKey key;
        private boolean handedOver;

        private NewPassphrase(VaultHeader header, VaultKey key) {
            this.header = header;
            this.key = key;
        }

        /**
         * Writes {@code contents} under the new passphrase, atomically (the file is the old vault or the new, never a
         * mix), and returns the vault open under it; the caller closes the old one. On failure the old file stays.
         */
        public UnlockedVault saveWith(VaultContents contents) throws VaultException {
            UnlockedVault rekeyed = new UnlockedVault(file, header, key, contents, random);
            try {
                rekeyed.save(contents);
            } catch (VaultException failed) {
                rekeyed.close();
                throw failed;
            }
            handedOver = true;
            LOG.info("Changed the vault's passphrase ({})", header.cost());
            return rekeyed;
        }

        /** Wipes the new key unless the vault now open under it holds it. */
        @Override
        public void close() {
            if (!handedOver) {
                key.close();
            }
        }
    }

    /**
     * Overwrites the vault (and any save left unfinished by a crash, and the {@link CheckedPacksNote}) with random
     * bytes, then deletes it.
     * Needs no passphrase: a forgotten passphrase must not stop anyone deleting their vault. Returns
     * whether there was anything to delete.
     */
    public boolean forget() throws VaultException {
        List<Path> doomed = new ArrayList<>();
        if (Files.exists(file)) {
            doomed.add(file);
        }
        Path dir = file.toAbsolutePath().getParent();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, DurableFiles.PART_PREFIX + "*" + DurableFiles.PART_SUFFIX)) {
                parts.forEach(doomed::add);
            } catch (IOException unreadable) {
                throw VaultRefusal.CANNOT_ERASE.because(unreadable, "file", file);
            }
        }
        for (Path each : doomed) {
            try {
                DurableFiles.eraseAndDelete(each, random);
            } catch (IOException failed) {
                throw VaultRefusal.CANNOT_ERASE.because(failed, "file", each);
            }
        }
        new CheckedPacksNote(dir).erase(random);
        if (!doomed.isEmpty()) {
            LOG.info("Forgot the vault: overwrote and deleted {} files", doomed.size());
        }
        return !doomed.isEmpty();
    }

    private byte[] read() throws VaultException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw VaultRefusal.DAMAGED.exception("file", file);
            }
            return bytes;
        } catch (NoSuchFileException missing) {
            throw VaultRefusal.NO_VAULT.exception("dir", file.toAbsolutePath().getParent());
        } catch (IOException failed) {
            throw VaultRefusal.CANNOT_READ.because(failed, "file", file);
        }
    }

    @Override
    public String toString() {
        return "VaultFile[" + file + "]";
    }
}
