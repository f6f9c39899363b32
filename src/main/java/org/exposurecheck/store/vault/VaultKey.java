package org.exposurecheck.store.vault;

import java.util.Arrays;

/** The vault's 32-byte AES key while the vault is unlocked; zeroed on {@link #close()}. Redacted {@link #toString()}. */
final class VaultKey implements AutoCloseable {
    private final byte[] bytes;
    private boolean wiped;

    VaultKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The key itself, for the cipher; never kept by the caller. */
    byte[] bytes() {
        if (wiped) {
            throw new IllegalStateException("the vault is locked: its key was wiped");
        }
        return bytes;
    }

    boolean isWiped() {
        return wiped;
    }

    @Override
    public void close() {
        Arrays.fill(bytes, (byte) 0);
        wiped = true;
    }

    @Override
    public String toString() {
        return "VaultKey[<redacted>]";
    }
}
