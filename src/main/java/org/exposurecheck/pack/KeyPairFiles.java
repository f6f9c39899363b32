package org.exposurecheck.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.exposurecheck.base.SmallFiles;

/**
 * The files of a key pair, whichever kind ({@link KeyFiles}, {@link KeyedKeyFiles}): the private one readable by its
 * owner alone, never written over an existing pair, and each read capped, since a key file is a few lines of Base64.
 */
final class KeyPairFiles {
    private static final int MAX_KEY_FILE_BYTES = 64 << 10;

    private KeyPairFiles() {
    }

    /** Writes both texts into {@code dir}; {@code kind} names the key in the sentences, e.g. "publisher key". */
    static void write(Path dir, String kind, String privateName, String privateText, String publicName, String publicText)
            throws PackException {
        Path privateFile = dir.resolve(privateName);
        Path publicFile = dir.resolve(publicName);
        String exists = "A " + kind + " already exists in " + dir + "; move it away first, so it is not lost.";
        try {
            Files.createDirectories(dir);
            if (Files.exists(privateFile) || Files.exists(publicFile)) {
                throw new PackException(exists);
            }
            Files.createFile(privateFile);
            ownerOnly(privateFile);
            Files.writeString(privateFile, privateText);
            Files.writeString(publicFile, publicText);
        } catch (FileAlreadyExistsException raced) {
            throw new PackException(exists);
        } catch (IOException failed) {
            throw new PackException("Could not write the " + kind + " files to " + dir + ": " + failed.getMessage() + ".", failed);
        }
    }

    /** The text of a key file; {@code what} names it in the sentences, e.g. "public key". */
    static String read(Path file, String what) throws PackException {
        try {
            // ISO-8859-1 decodes any bytes, so a wrong file is reported as "not a key file", not as bad text.
            return SmallFiles.readString(file, StandardCharsets.ISO_8859_1, MAX_KEY_FILE_BYTES);
        } catch (NoSuchFileException missing) {
            throw new PackException("The " + what + " file " + file + " does not exist.");
        } catch (IOException failed) {
            throw new PackException("Could not read the " + what + " file " + file + ": " + failed.getMessage() + ".", failed);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the per-user ACL of the directory, which is already private.
        }
    }
}
