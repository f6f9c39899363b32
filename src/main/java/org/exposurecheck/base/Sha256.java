package org.exposurecheck.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/** The project's one SHA-256: of bytes, of parts in order, or of a stream; in lower-case hex as files write it, or as a fingerprint people compare. */
public final class Sha256 {
    private static final int FINGERPRINT_BYTES = 20;

    private Sha256() {
    }

    /** The digest of {@code parts} one after another, as if they were one array. */
    public static byte[] of(byte[]... parts) {
        MessageDigest digest = newDigest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** The digest of a file, read in chunks so a large one never sits in memory. */
    public static String hex(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] chunk = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                digest.update(chunk, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The first 20 bytes of a digest in groups of four upper-case hex digits, for people to read aloud and compare. */
    public static String fingerprint(byte[] digest) {
        String hex = HexFormat.of().formatHex(Arrays.copyOf(digest, FINGERPRINT_BYTES)).toUpperCase(Locale.ROOT);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(hex, i, i + 4);
        }
        return grouped.toString();
    }

    /** A fresh digest, for callers that hash a range of an array at a time. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }
}
