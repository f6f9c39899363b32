package org.exposurecheck.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.testsupport.ByteSearch;

/**
 * The privacy scan: what to look for (every raw value, every canonical form, and MD5/SHA-1/SHA-256 of each,
 * as bytes and as hex) and where (files, logs, outputs).
 */
public final class PersonalValueScan {
    /** Shorter needles could occur by chance in random token bytes. */
    private static final int MIN_NEEDLE_BYTES = 6;

    private PersonalValueScan() {
    }

    public static List<byte[]> needles(Collection<Identifier> identifiers) throws NoSuchAlgorithmException {
        Normaliser normaliser = new Normaliser();
        Set<String> values = new LinkedHashSet<>();
        for (Identifier identifier : identifiers) {
            values.add(identifier.value());
            values.add(identifier.value().trim());
            for (CanonicalForm form : normaliser.normalise(identifier).forms()) {
                values.add(form.value());
            }
        }
        List<byte[]> needles = new ArrayList<>();
        for (String value : values) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            if (utf8.length >= MIN_NEEDLE_BYTES) {
                needles.add(utf8);
            }
            for (String algorithm : List.of("MD5", "SHA-1", "SHA-256")) {
                byte[] digest = MessageDigest.getInstance(algorithm).digest(utf8);
                needles.add(digest);
                needles.add(HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return needles;
    }

    public static void assertNoNeedleIn(String where, byte[] haystack, List<byte[]> needles) {
        for (byte[] needle : needles) {
            assertThat(ByteSearch.indexOf(haystack, needle))
                    .as("a personal value or its fast hash (%d bytes) found in %s", needle.length, where).isEqualTo(-1);
        }
    }

    /** For positive controls: whether the scan would see anything of these needles in {@code haystack}. */
    public static boolean containsAnyNeedle(byte[] haystack, List<byte[]> needles) {
        return needles.stream().anyMatch(needle -> ByteSearch.indexOf(haystack, needle) >= 0);
    }

    /**
     * Every file under {@code root}. A folder that cannot be read fails the scan loudly rather than hiding its
     * files (the old walk returned no files at all) — unless this process cannot write to it either, so
     * nothing it ran can have put a file there (another user's private folder in /tmp). An entry deleted while
     * the walk goes on (scratch files are) is simply gone.
     */
    public static Set<Path> listFiles(Path root) throws IOException {
        Set<Path> result = new LinkedHashSet<>();
        if (!Files.exists(root)) {
            return result;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    result.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException || Files.isDirectory(file) && !Files.isWritable(file)) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
        return result;
    }
}
