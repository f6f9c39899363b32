package org.exposurecheck.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.exposurecheck.base.AtomicFiles;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.pack.Manifest;
import org.exposurecheck.pack.PackBytes;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.base.SmallFiles;

/**
 * Writes the static mirror layout (docs/publishing.md): {@code packs/<id>-<sequence>.ecpack}, which never
 * change once published, and {@code catalogue.ecc}, written last, which lists them and is signed.
 */
public final class MirrorPublisher {
    static final String PACKS_DIR = "packs";

    private MirrorPublisher() {
    }

    /** What was published: the catalogue as signed, and where it was written. */
    public record Publication(Catalogue catalogue, Path catalogueFile) {
    }

    /**
     * Publishes {@code packFiles}, all signed by {@code key}, into {@code outDir}. The catalogue's sequence is
     * {@code sequence} when given, else the current time in seconds, and always above a catalogue already there.
     */
    public static Publication publish(Path outDir, SigningKey key, List<Path> packFiles, Duration validity, OptionalLong sequence,
                                      Instant now) throws UpdateException {
        if (validity.compareTo(Duration.ofDays(1)) < 0) {
            throw new UpdateException("A catalogue must stay valid for at least one day.");
        }
        List<Catalogue.Entry> entries = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : packFiles) {
            byte[] bytes = readPack(file);
            Manifest manifest;
            try {
                manifest = PackFile.read(bytes, key.publicKey(), now).manifest();
            } catch (PackException refused) {
                throw new UpdateException(file + ": " + refused.getMessage());
            }
            if (!ids.add(manifest.id())) {
                throw new UpdateException("Two of the packs have the id " + manifest.id() + "; publish only the newest one.");
            }
            entries.add(new Catalogue.Entry(manifest.id(), manifest.title(), manifest.sequence(), bytes.length, Sha256.hex(bytes),
                    PACKS_DIR + "/" + manifest.id() + "-" + manifest.sequence() + ".ecpack", manifest.expires(), manifest.demo()));
            contents.add(bytes);
        }
        long catalogueSequence = nextSequence(outDir, key, sequence, now);
        for (int i = 0; i < entries.size(); i++) {
            writeImmutable(outDir.resolve(entries.get(i).file()), contents.get(i));
        }
        entries.sort(Comparator.comparing(Catalogue.Entry::id));
        Catalogue catalogue = new Catalogue(Catalogue.FORMAT, key.publicKey().idHex(), catalogueSequence, now, now.plus(validity),
                List.copyOf(entries));
        Path catalogueFile = outDir.resolve(CatalogueFile.FILE_NAME);
        write(catalogueFile, CatalogueFile.write(catalogue, key));
        return new Publication(catalogue, catalogueFile);
    }

    private static long nextSequence(Path outDir, SigningKey key, OptionalLong requested, Instant now) throws UpdateException {
        Path existing = outDir.resolve(CatalogueFile.FILE_NAME);
        long previous = 0;
        if (Files.exists(existing)) {
            CatalogueFile.Signed signed;
            try {
                signed = CatalogueFile.open(SmallFiles.readBytes(existing, CatalogueFile.MAX_BYTES));
            } catch (IOException | UpdateException unreadable) {
                throw new UpdateException(outDir + " already holds a catalogue that cannot be read; move it away or publish elsewhere.");
            }
            if (!signed.publisher().equals(key.publicKey())) {
                throw new UpdateException(outDir + " already holds a catalogue signed by another publisher key ("
                        + signed.publisher().fingerprint() + "); publish into another directory.");
            }
            previous = signed.catalogue().sequence();
        }
        if (requested.isPresent() && requested.getAsLong() <= previous) {
            throw new UpdateException("The catalogue sequence must grow: the one in " + outDir + " is already " + previous + ".");
        }
        return requested.isPresent() ? requested.getAsLong() : Math.max(now.getEpochSecond(), previous + 1);
    }

    /** A published pack file is immutable, so caches and mirrors may keep it forever; a clash means a reused sequence. */
    private static void writeImmutable(Path target, byte[] bytes) throws UpdateException {
        try {
            if (Files.exists(target)) {
                if (Arrays.equals(Files.readAllBytes(target), bytes)) {
                    return;
                }
                throw new UpdateException(target + " was already published with other content; a published pack never changes,"
                        + " so build the new one with a higher sequence.");
            }
        } catch (IOException unreadable) {
            throw new UpdateException("Could not read " + target + ": " + unreadable.getMessage() + ".");
        }
        write(target, bytes);
    }

    private static void write(Path target, byte[] bytes) throws UpdateException {
        try {
            AtomicFiles.write(target, bytes);
        } catch (ExplainedException failed) {
            throw new UpdateException(failed.getMessage(), failed);
        }
    }

    private static byte[] readPack(Path file) throws UpdateException {
        if (!Files.exists(file)) {
            throw new UpdateException("The pack file " + file + " does not exist.");
        }
        try {
            return PackBytes.read(file);
        } catch (ExplainedException unreadable) {
            throw new UpdateException(file + ": " + unreadable.getMessage());
        }
    }
}
