package org.exposurecheck.pack;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;
import org.exposurecheck.base.SmallFiles;
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
    /** A key file is a few lines of Base64. */
    private static final int MAX_KEY_FILE_BYTES = 64 << 10;
    private static final String PRIVATE_LABEL = "EXPOSURE CHECK KEYED SERVICE PRIVATE KEY";
    private static final String PUBLIC_LABEL = "EXPOSURE CHECK KEYED SERVICE PUBLIC KEY";

    private KeyedKeyFiles() {
    }

    /** Writes a new key pair into {@code dir}; refuses to overwrite an existing key. */
    public static void write(Path dir, VoprfPrivateKey key) throws PackException {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        String exists = "A keyed-service key already exists in " + dir + "; move it away first, so it is not lost.";
        byte[] secret = key.encoded();
        try {
            Files.createDirectories(dir);
            if (Files.exists(privateFile) || Files.exists(publicFile)) {
                throw new PackException(exists);
            }
            Files.createFile(privateFile);
            ownerOnly(privateFile);
            Files.writeString(privateFile, pem(PRIVATE_LABEL, secret));
            Files.writeString(publicFile, pem(PUBLIC_LABEL, key.publicKey().encoded()));
        } catch (FileAlreadyExistsException raced) {
            throw new PackException(exists);
        } catch (IOException failed) {
            throw new PackException("Could not write the keyed-service key files to " + dir + ": " + failed.getMessage() + ".", failed);
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
        String text;
        try {
            // ISO-8859-1 decodes any bytes, so a wrong file is reported as "not a key file", not as bad text.
            text = SmallFiles.readString(file, StandardCharsets.ISO_8859_1, MAX_KEY_FILE_BYTES);
        } catch (NoSuchFileException missing) {
            throw new PackException("The " + what + " file " + file + " does not exist.");
        } catch (IOException failed) {
            throw new PackException("Could not read the " + what + " file " + file + ": " + failed.getMessage() + ".", failed);
        }
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

    private static String pem(String label, byte[] bytes) throws IOException {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(label, bytes));
        }
        return text.toString();
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the per-user ACL of the directory, which is already private.
        }
    }
}
