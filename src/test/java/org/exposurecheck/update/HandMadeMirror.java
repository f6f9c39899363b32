package org.exposurecheck.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.exposurecheck.pack.SigningKey;

/**
 * A mirror laid out by hand, as an attacker (or a careless publisher) could: each entry says what the
 * catalogue claims — id, sequence, title — and which bytes the file really holds. {@code publish} would refuse
 * most of these, which is the point: the client must not rely on it.
 */
final class HandMadeMirror {
    record Listed(String id, long sequence, String title, boolean demo, byte[] file) {
    }

    private HandMadeMirror() {
    }

    static Path write(Path dir, SigningKey key, long sequence, Instant now, Listed... packs) throws IOException {
        List<Catalogue.Entry> entries = new ArrayList<>();
        for (Listed pack : packs) {
            String file = "packs/" + pack.id() + "-" + pack.sequence() + ".ecpack";
            Files.createDirectories(dir.resolve("packs"));
            Files.write(dir.resolve(file), pack.file());
            entries.add(new Catalogue.Entry(pack.id(), pack.title(), pack.sequence(), pack.file().length, sha256(pack.file()), file,
                    now.plus(Duration.ofDays(30)), pack.demo()));
        }
        Catalogue catalogue = new Catalogue(Catalogue.FORMAT, HexFormat.of().formatHex(sha256Bytes(key.publicKey().encoded())), sequence,
                now, now.plus(Duration.ofDays(30)), entries);
        Files.write(dir.resolve(CatalogueFile.FILE_NAME), CatalogueFile.write(catalogue, key));
        return dir;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Bytes(bytes));
    }

    private static byte[] sha256Bytes(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
