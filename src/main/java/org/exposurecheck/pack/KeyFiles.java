package org.exposurecheck.pack;

import java.nio.file.Path;
import java.util.Base64;

/**
 * Reads and writes publisher key files: {@code publisher.key} (private, owner-only permissions) and
 * {@code publisher.pub}. Each is a PEM-style text block around the base64 of the 32 raw key bytes.
 */
public final class KeyFiles {
    public static final String PRIVATE_FILE = "publisher.key";
    public static final String PUBLIC_FILE = "publisher.pub";
    private static final String PRIVATE_LABEL = "EXPOSURE CHECK PUBLISHER PRIVATE KEY";
    private static final String PUBLIC_LABEL = "EXPOSURE CHECK PUBLISHER PUBLIC KEY";

    private KeyFiles() {
    }

    /** Writes a new key pair into {@code dir}; refuses to overwrite an existing key. */
    public static void write(Path dir, SigningKey key) throws PackException {
        KeyPairFiles.write(dir, "publisher key", PRIVATE_FILE, block(PRIVATE_LABEL, key.seed()), PUBLIC_FILE,
                block(PUBLIC_LABEL, key.publicKey().encoded()));
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
        return parse(KeyPairFiles.read(file, what), label, what, file.toString());
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
}
