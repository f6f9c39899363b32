package org.exposurecheck.store.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A vault that is open: its contents in memory and its key, kept so saving needs no passphrase again.
 * {@link #close()} locks it: the key is zeroed and the contents are let go. Each save encrypts under a
 * fresh random nonce and replaces the file atomically. Redacted {@link #toString()}.
 */
public final class UnlockedVault implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UnlockedVault.class);

    private final Path file;
    private final VaultKey key;
    private final SecureRandom random;
    private VaultHeader header;
    private VaultContents contents;

    UnlockedVault(Path file, VaultHeader header, VaultKey key, VaultContents contents, SecureRandom random) {
        this.file = file;
        this.header = header;
        this.key = key;
        this.contents = contents;
        this.random = random;
    }

    public VaultContents contents() {
        requireUnlocked();
        return contents;
    }

    /** Encrypts and writes {@code next}; if writing fails, the file on disk is still the previous save. */
    public void save(VaultContents next) throws VaultException {
        requireUnlocked();
        byte[] nonce = new byte[VaultHeader.NONCE_LENGTH];
        random.nextBytes(nonce);
        byte[] plaintext = VaultContentsCodec.encode(next);
        VaultHeader sealedHeader = header.resealed(nonce, plaintext.length + VaultHeader.TAG_LENGTH);
        byte[] headerBytes = sealedHeader.encode();
        byte[] body;
        try {
            body = VaultCipher.seal(key, nonce, headerBytes, plaintext);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
        byte[] whole = Arrays.copyOf(headerBytes, headerBytes.length + body.length);
        System.arraycopy(body, 0, whole, headerBytes.length, body.length);
        try {
            DurableFiles.replace(file, whole);
        } catch (IOException failed) {
            throw VaultRefusal.CANNOT_WRITE.because(failed, "file", file);
        }
        header = sealedHeader;
        contents = next;
        LOG.info("Saved the vault: {} saved profiles", next.profiles().size());
    }

    /** The header of the last save: its salt and cost check a passphrase before it is changed. */
    VaultHeader header() {
        return header;
    }

    public boolean isLocked() {
        return key.isWiped();
    }

    @Override
    public void close() {
        key.close();
        contents = VaultContents.EMPTY;
    }

    private void requireUnlocked() {
        if (isLocked()) {
            throw new IllegalStateException("the vault is locked");
        }
    }

    @Override
    public String toString() {
        return "UnlockedVault[" + (isLocked() ? "locked" : "unlocked") + ", <redacted>]";
    }
}
