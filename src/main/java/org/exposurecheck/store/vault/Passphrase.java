package org.exposurecheck.store.vault;

import com.ibm.icu.text.Normalizer2;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * A passphrase held as a {@code char[]} that is zeroed when it is destroyed (or closed), never as a
 * {@code String}, which would stay in memory until the garbage collector reuses it. Its {@link #toString()}
 * is redacted. Before it is used it becomes NFC-normalised UTF-8, so "é" typed as one character or as
 * "e" plus an accent opens the same vault.
 */
public final class Passphrase implements Destroyable, AutoCloseable {
    private final char[] chars;
    private boolean destroyed;

    private Passphrase(char[] chars) {
        this.chars = chars;
    }

    /** Takes over {@code chars} (no copy): it is zeroed when this passphrase is destroyed. */
    public static Passphrase wrap(char[] chars) {
        return new Passphrase(chars);
    }

    /**
     * Decodes UTF-8 bytes (a passphrase file). Every intermediate buffer is zeroed; the caller zeroes
     * {@code utf8}. Returns null when the bytes are not UTF-8.
     */
    public static Passphrase fromUtf8(byte[] utf8) {
        CharBuffer decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8));
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
        char[] chars = new char[decoded.remaining()];
        decoded.get(chars);
        Arrays.fill(decoded.array(), '\0');
        return new Passphrase(chars);
    }

    public boolean isEmpty() {
        return live().length == 0;
    }

    public int length() {
        return live().length;
    }

    /** A read-only view for a strength estimate; it shares the array, so it is blank once this is destroyed. */
    CharSequence view() {
        return CharBuffer.wrap(live()).asReadOnlyBuffer();
    }

    /** Compares two passphrases (a typed confirmation) without an early exit on the first difference. */
    public boolean sameAs(Passphrase other) {
        byte[] mine = utf8();
        byte[] theirs = other.utf8();
        try {
            return MessageDigest.isEqual(mine, theirs);
        } finally {
            Arrays.fill(mine, (byte) 0);
            Arrays.fill(theirs, (byte) 0);
        }
    }

    /** NFC-normalised UTF-8; the caller zeroes the result. */
    byte[] utf8() {
        char[] normalised = nfc(live());
        ByteBuffer encoded;
        try {
            encoded = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(normalised));
        } catch (CharacterCodingException impossible) {
            throw new IllegalStateException("REPLACE never reports", impossible);
        } finally {
            if (normalised != chars) {
                Arrays.fill(normalised, '\0');
            }
        }
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    /** {@code chars} itself when already NFC (nearly always); otherwise a normalised copy the caller zeroes. */
    private static char[] nfc(char[] chars) {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        if (nfc.isNormalized(CharBuffer.wrap(chars))) {
            return chars;
        }
        // NFC grows a text at most threefold; a builder that never grows leaves no stray copies to zero.
        StringBuilder builder = new StringBuilder(chars.length * 3 + 16);
        nfc.normalize(CharBuffer.wrap(chars), builder);
        char[] normalised = new char[builder.length()];
        builder.getChars(0, builder.length(), normalised, 0);
        for (int i = 0; i < builder.length(); i++) {
            builder.setCharAt(i, '\0');
        }
        return normalised;
    }

    private char[] live() {
        if (destroyed) {
            throw new IllegalStateException("the passphrase was already wiped");
        }
        return chars;
    }

    @Override
    public void destroy() {
        Arrays.fill(chars, '\0');
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return "Passphrase[<redacted>]";
    }
}
