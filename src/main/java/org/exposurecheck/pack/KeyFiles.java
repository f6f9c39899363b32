package org.exposurecheck.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.exposurecheck.base.SmallFiles;

/**
 * Reads and writes publisher key files: {@code publisher.key} (private, owner-only permissions) and
 * {@code publisher.pub}. Each is a PEM-style text block around the base64 of the 32 raw key bytes.
 */
public final class KeyFiles {
    public static final String PRIVATE_FILE = "publisher.key";
    public static final String PUBLIC_FILE = "publisher.pub";
    /** A key file is a few lines of Base64. */
    private static final int MAX_KEY_FILE_BYTES = 64 << 10;
    private static final String PRIVATE_LABEL = "EXPOSURE CHECK PUBLISHER PRIVATE KEY";
    private static final String PUBLIC_LABEL = "EXPOSURE CHECK PUBLISHER PUBLIC KEY";

    private KeyFiles() {
    }

    /** Writes a new key pair into {@code dir}; refuses to overwrite an existing key. */
    public static void write(Path dir, SigningKey key) throws PackException {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        try {
            Files.createDirectories(dir);
            if (Files.exists(privateFile) || Files.exists(publicFile)) {
                throw new PackException("A publisher key already exists in " + dir + "; move it away first, so it is not lost.");
            }
            Files.createFile(privateFile);
            ownerOnly(privateFile);
            Files.writeString(privateFile, block(PRIVATE_LABEL, key.seed()));
            Files.writeString(publicFile, block(PUBLIC_LABEL, key.publicKey().encoded()));
        } catch (FileAlreadyExistsException exists) {
            throw new PackException("A publisher key already exists in " + dir + "; move it away first, so it is not lost.");
        } catch (IOException failed) {
            throw new PackException("Could not write the key files to " + dir + ": " + failed.getMessage() + ".", failed);
        }
    }

    public static SigningKey readSigningKey(Path file) throws PackException {
        return new SigningKey(read(file, PRIVATE_LABEL, "private key"));
    }

    public static PublisherKey readPublisherKey(Path file) throws PackException {
        return new PublisherKey(read(file, PUBLIC_LABEL, "public key"));
    }

    /** Parses the text of a public key file, e.g. one bundled as a resource. */
    public static PublisherKey parsePublisherKey(String text, String origin) throws PackException {
        return new PublisherKey(parse(text, PUBLIC_LABEL, "public key", origin));
    }

    public static String publicKeyText(PublisherKey key) {
        return block(PUBLIC_LABEL, key.encoded());
    }

    private static byte[] read(Path file, String label, String what) throws PackException {
        String text;
        try {
            // ISO-8859-1 decodes any bytes, so a wrong file is reported as "not a key file", not as bad text.
            text = SmallFiles.readString(file, StandardCharsets.ISO_8859_1, MAX_KEY_FILE_BYTES);
        } catch (NoSuchFileException missing) {
            throw new PackException("The " + what + " file " + file + " does not exist.");
        } catch (IOException failed) {
            throw new PackException("Could not read the " + what + " file " + file + ": " + failed.getMessage() + ".", failed);
        }
        return parse(text, label, what, file.toString());
    }

    private static byte[] parse(String text, String label, String what, String origin) throws PackException {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new PackException(origin + " is not an Exposure Check " + what + " file.");
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to).trim());
            if (bytes.length != 32) {
                throw new PackException(origin + " does not hold a valid " + what + ".");
            }
            return bytes;
        } catch (IllegalArgumentException garbled) {
            throw new PackException(origin + " does not hold a valid " + what + ".");
        }
    }

    private static String block(String label, byte[] bytes) {
        return "-----BEGIN " + label + "-----\n" + Base64.getEncoder().encodeToString(bytes) + "\n-----END " + label + "-----\n";
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the per-user ACL of the directory, which is already private.
        }
    }
}
