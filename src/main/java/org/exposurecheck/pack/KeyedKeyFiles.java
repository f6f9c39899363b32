package org.exposurecheck.pack;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;
import org.exposurecheck.token.keyed.InvalidElementException;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.exposurecheck.token.keyed.VoprfPublicKey;

/**
 * The publisher's keyed-service key files: {@code keyed.key} (the VOPRF private scalar, owner-only) and
 * {@code keyed.pub} (the compressed public point a pack manifest commits to), each one PEM block like the
 * publisher's signing key files.
 */
public final class KeyedKeyFiles {
    public static final String PRIVATE_FILE = "keyed.key";
    public static final String PUBLIC_FILE = "keyed.pub";
    private static final String PRIVATE_LABEL = "EXPOSURE CHECK KEYED SERVICE PRIVATE KEY";
    private static final String PUBLIC_LABEL = "EXPOSURE CHECK KEYED SERVICE PUBLIC KEY";

    private KeyedKeyFiles() {
    }

    /** Writes a new key pair into {@code dir}; refuses to overwrite an existing key. */
    public static void write(Path dir, VoprfPrivateKey key) throws PackException {
        byte[] secret = key.encoded();
        try {
            KeyPairFiles.write(dir, "keyed-service key", PRIVATE_FILE, pem(PRIVATE_LABEL, secret), PUBLIC_FILE,
                    pem(PUBLIC_LABEL, key.publicKey().encoded()));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    public static VoprfPrivateKey readPrivateKey(Path file) throws PackException {
        byte[] bytes = read(file, PRIVATE_LABEL, "keyed-service private key");
        try {
            return VoprfPrivateKey.fromEncoded(bytes);
        } catch (InvalidElementException invalid) {
            throw new PackException(file + " does not hold a valid keyed-service private key.");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    public static VoprfPublicKey readPublicKey(Path file) throws PackException {
        byte[] bytes = read(file, PUBLIC_LABEL, "keyed-service public key");
        try {
            return VoprfPublicKey.fromEncoded(bytes);
        } catch (InvalidElementException invalid) {
            throw new PackException(file + " does not hold a valid keyed-service public key.");
        }
    }

    private static byte[] read(Path file, String label, String what) throws PackException {
        String text = KeyPairFiles.read(file, what);
        try (PemReader reader = new PemReader(new StringReader(text))) {
            PemObject block = reader.readPemObject();
            if (block == null || !block.getType().equals(label)) {
                throw new PackException(file + " is not an Exposure Check " + what + " file.");
            }
            return block.getContent();
        } catch (IOException | RuntimeException garbled) {
            throw new PackException(file + " does not hold a valid " + what + ".");
        }
    }

    private static String pem(String label, byte[] bytes) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(label, bytes));
        } catch (IOException impossible) {
            throw new UncheckedIOException("a StringWriter does not fail", impossible);
        }
        return text.toString();
    }
}
