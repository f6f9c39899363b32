package org.exposurecheck.store.vault;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-256-GCM (Bouncy Castle) with a 128-bit tag over the body, the whole header as associated data.
 * GCM decrypts as it goes and checks the tag at the end: when the tag does not match, what was decrypted
 * is zeroed and nothing is returned, so no byte of an altered body is ever used.
 */
final class VaultCipher {
    private VaultCipher() {
    }

    static byte[] seal(VaultKey key, byte[] nonce, byte[] header, byte[] plaintext) {
        GCMModeCipher gcm = gcm(true, key, nonce, header);
        byte[] sealed = new byte[gcm.getOutputSize(plaintext.length)];
        int written = gcm.processBytes(plaintext, 0, plaintext.length, sealed, 0);
        try {
            gcm.doFinal(sealed, written);
        } catch (InvalidCipherTextException impossible) {
            throw new IllegalStateException("encryption does not check a tag", impossible);
        }
        return sealed;
    }

    /** The plaintext, or null when the tag does not match: the body or the header was altered. */
    static byte[] open(VaultKey key, byte[] nonce, byte[] header, byte[] body, int offset, int length) {
        GCMModeCipher gcm = gcm(false, key, nonce, header);
        byte[] plaintext = new byte[gcm.getOutputSize(length)];
        int written = gcm.processBytes(body, offset, length, plaintext, 0);
        try {
            gcm.doFinal(plaintext, written);
            return plaintext;
        } catch (InvalidCipherTextException altered) {
            java.util.Arrays.fill(plaintext, (byte) 0);
            return null;
        }
    }

    private static GCMModeCipher gcm(boolean encrypt, VaultKey key, byte[] nonce, byte[] header) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key.bytes()), VaultHeader.TAG_LENGTH * 8, nonce, header));
        return gcm;
    }
}
