package org.exposurecheck.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.base.BaseRefusal;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.pack.Manifest;
import org.exposurecheck.pack.PackBytes;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.base.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a new index for a data directory whose index is missing, damaged or foreign, from the pack files in
 * {@code packs/}. Nothing is lost: whatever the old index still lets us read (pinned publisher keys, the
 * highest version seen of each pack, update settings and state) is carried over; every pack file is checked
 * again exactly as an install checks it; a pack that cannot be indexed again is moved to
 * {@code packs/set-aside/} with the reason, never deleted; the damaged index is kept beside the new one.
 * What could not be read is said, part by part ({@link Part}).
 *
 * <p>A publisher whose key the old index no longer vouches for must be confirmed again by fingerprint, as on
 * first install: a pack file on disk is not proof of trust. The new index is built beside the old one and
 * moved into place last, so a crash during the rebuild leaves the damaged index where it was, to try again.
 */
public final class IndexRebuild {
    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuild.class);
    static final String SET_ASIDE_DIR = "set-aside";
    private static final String STAGING_SUFFIX = ".rebuild";
    private static final String DAMAGED_SUFFIX = ".damaged-";
    private static final List<String> SIDE_FILES = List.of("-journal", "-wal", "-shm");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What the old index held besides the list of installed packs, which the pack files themselves give back. */
    public enum Part {
        PUBLISHER_KEYS("trusted_keys"),
        PACK_HISTORY("pack_history"),
        SETTINGS("settings"),
        CATALOGUE_HISTORY("catalogue_history"),
        SAVED_CATALOGUES("mirror_catalogues"),
        DOWNLOADS_IN_PROGRESS("partial_downloads"),
        OTHER(null);

        private final String table;

        Part(String table) {
            this.table = table;
        }

        static Part of(String table) {
            for (Part part : values()) {
                if (table.equals(part.table)) {
                    return part;
                }
            }
            return OTHER;
        }
    }

    /** A pack file found in {@code packs/}; {@code vouchedFor}: its publisher is pinned in what was recovered, or it is a demo. */
    public record FoundPack(String fileName, Manifest manifest, PublisherKey publisher, boolean vouchedFor) {
    }

    /** A file that was not indexed again, now in {@code packs/set-aside/}, and why. */
    public record SetAside(String fileName, Sentence reason) {
    }

    /** The new index's packs, what was set aside (into {@code setAsideDir}), what could not be recovered, and where the damaged index was kept. */
    public record Result(List<InstalledPack> indexed, List<SetAside> setAside, Path setAsideDir, Set<Part> notRecovered,
                         Optional<Path> damagedIndexKept) {
    }

    private final Path dataDir;
    private final Recovered recovered;
    private final List<FoundPack> found;
    private final List<SetAside> unreadable;

    private IndexRebuild(Path dataDir, Recovered recovered, List<FoundPack> found, List<SetAside> unreadable) {
        this.dataDir = dataDir;
        this.recovered = recovered;
        this.found = found;
        this.unreadable = unreadable;
    }

    /** True when the index of {@code dataDir} cannot be opened because it is missing, damaged or foreign. */
    public static boolean isNeeded(Path dataDir) throws ExplainedException {
        try (Connection index = Database.openIndex(dataDir)) {
            return false;
        } catch (IndexDamagedException damaged) {
            return true;
        } catch (SQLException failed) {
            throw StoreRefusal.DATA_DIR_UNOPENABLE.because(failed, "dir", dataDir);
        }
    }

    /** Reads what can be read of the old index and the pack files; changes nothing yet. */
    public static IndexRebuild prepare(Path dataDir) throws ExplainedException {
        Recovered recovered = Recovered.from(dataDir.resolve(Database.INDEX_FILE));
        List<FoundPack> found = new ArrayList<>();
        List<SetAside> unreadable = new ArrayList<>();
        for (Path file : PacksListing.packFiles(dataDir.resolve(PackStore.PACKS_DIR))) {
            String name = file.getFileName().toString();
            try {
                PackFile.Signed signed = PackFile.open(PackBytes.read(file));
                boolean vouched = BundledDemo.vouchesFor(signed) || recovered.pinnedKeys.contains(signed.publisher());
                found.add(new FoundPack(name, signed.manifest(), signed.publisher(), vouched));
            } catch (ExplainedException notAPack) {
                unreadable.add(new SetAside(name, notAPack.sentence()));
            }
        }
        found.sort(Comparator.comparing((FoundPack pack) -> pack.manifest().id()).thenComparingLong(pack -> pack.manifest().sequence()));
        return new IndexRebuild(dataDir, recovered, found, unreadable);
    }

    public List<FoundPack> packs() {
        return List.copyOf(found);
    }

    /** Publishers of found packs that the old index no longer vouches for: the person confirms each by fingerprint, or not. */
    public List<PublisherKey> publishersToConfirm() {
        Set<PublisherKey> publishers = new LinkedHashSet<>();
        found.stream().filter(pack -> !pack.vouchedFor()).forEach(pack -> publishers.add(pack.publisher()));
        return List.copyOf(publishers);
    }

    /** What of the old index could not be read (fully); rebuilding cannot bring it back. */
    public Set<Part> notRecovered() {
        return recovered.incomplete.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(recovered.incomplete);
    }

    /**
     * Builds the new index: carries over what was recovered, indexes each pack file again through the same checks as
     * an install ({@code confirmed} publishers are trusted as if given with --trust), sets aside the rest, keeps the old
     * index as {@code exposure-check.db.damaged-<time>} and moves the new one into place.
     */
    public Result run(Collection<PublisherKey> confirmed, Instant now) throws ExplainedException {
        Path index = dataDir.resolve(Database.INDEX_FILE);
        Path staging = dataDir.resolve(Database.INDEX_FILE + STAGING_SUFFIX);
        List<SetAside> setAside = new ArrayList<>(unreadable);
        List<InstalledPack> indexed;
        try {
            deleteWithSideFiles(staging);
            try (PackStore store = new PackStore(dataDir, Database.create(staging))) {
                recovered.restoreInto(store.connection());
                for (FoundPack pack : found) {
                    index(store, pack, confirmed, now).ifPresent(setAside::add);
                }
                indexed = store.installed();
            }
            for (SetAside file : setAside) {
                moveAside(file.fileName());
            }
            Optional<Path> kept = keepDamaged(index, now);
            move(staging, index);
            LOG.info("Rebuilt the index of {}: {} packs indexed, {} set aside", dataDir, indexed.size(), setAside.size());
            return new Result(indexed, List.copyOf(setAside), setAsideDir(), notRecovered(), kept);
        } catch (IOException | SQLException failed) {
            throw BaseRefusal.CANNOT_WRITE.because(failed, "file", staging);
        }
    }

    /** Indexes one pack file again; the reason it was set aside, if it was. */
    private Optional<SetAside> index(PackStore store, FoundPack pack, Collection<PublisherKey> confirmed, Instant now)
            throws ExplainedException, IOException {
        Optional<PublisherKey> trust = confirmed.contains(pack.publisher()) ? Optional.of(pack.publisher()) : Optional.empty();
        if (trust.isEmpty() && !pack.vouchedFor()) {
            return Optional.of(new SetAside(pack.fileName(), StoreRefusal.PUBLISHER_NOT_CONFIRMED_AGAIN.sentence("publisher",
                    pack.publisher().fingerprint())));
        }
        try {
            InstalledPack installed = store.install(PackBytes.read(dataDir.resolve(PackStore.PACKS_DIR).resolve(pack.fileName())), trust, now);
            LOG.info("Indexed {} again as {} sequence {}", pack.fileName(), installed.id(), installed.sequence());
            return Optional.empty();
        } catch (ExplainedException refused) {
            if (isAboutTheDisk(refused)) {
                throw refused;
            }
            return Optional.of(new SetAside(pack.fileName(), refused.sentence()));
        }
    }

    /** A failure to write or record, rather than something wrong with the pack: the rebuild stops instead of setting the pack aside. */
    private static boolean isAboutTheDisk(ExplainedException refused) {
        return refused.is(BaseRefusal.CANNOT_WRITE) || refused instanceof StoreException;
    }

    private Path setAsideDir() {
        return dataDir.resolve(PackStore.PACKS_DIR).resolve(SET_ASIDE_DIR);
    }

    private void moveAside(String fileName) throws IOException {
        Path from = dataDir.resolve(PackStore.PACKS_DIR).resolve(fileName);
        if (!Files.exists(from)) {
            return;
        }
        Path dir = Files.createDirectories(setAsideDir());
        Path to = dir.resolve(fileName);
        for (int n = 2; Files.exists(to); n++) {
            to = dir.resolve(fileName + "." + n);
        }
        Files.move(from, to);
    }

    /** Copies the old index (and moves its journal, which must never be replayed onto the new one) to a dated name. */
    private Optional<Path> keepDamaged(Path index, Instant now) throws IOException {
        if (!Files.exists(index)) {
            return Optional.empty();
        }
        Path kept = index.resolveSibling(Database.INDEX_FILE + DAMAGED_SUFFIX + STAMP.format(now));
        Files.copy(index, kept, StandardCopyOption.REPLACE_EXISTING);
        for (String side : SIDE_FILES) {
            Path file = index.resolveSibling(Database.INDEX_FILE + side);
            if (Files.exists(file)) {
                Files.move(file, kept.resolveSibling(kept.getFileName() + side), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return Optional.of(kept);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteWithSideFiles(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (String side : SIDE_FILES) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + side));
        }
    }

    /** The rows that could be read from the old index, table by table, and the tables that could not be read to the end. */
    private static final class Recovered {
        final Map<String, List<String>> columns = new LinkedHashMap<>();
        final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        final Set<Part> incomplete = new HashSet<>();
        final Set<PublisherKey> pinnedKeys = new HashSet<>();

        /** Reads a copy, so a damaged file and its journal stay exactly as they were. */
        static Recovered from(Path index) throws ExplainedException {
            Recovered recovered = new Recovered();
            Map<String, List<String>> expected;
            try {
                expected = Database.expectedSchema();
            } catch (SQLException broken) {
                throw StoreRefusal.STORE_READ_PACKS.because(broken);
            }
            expected.keySet().stream().filter(table -> !table.equals("installed_packs"))
                    .forEach(table -> recovered.columns.put(table, expected.get(table)));
            Path copy = null;
            try {
                if (Files.exists(index)) {
                    copy = Files.createTempFile(index.getParent(), ".reindex-", ".db");
                    Files.copy(index, copy, StandardCopyOption.REPLACE_EXISTING);
                    // With its journal beside it, SQLite rolls back a transaction a crash left half-written in the copy.
                    Path journal = index.resolveSibling(index.getFileName() + "-journal");
                    if (Files.exists(journal)) {
                        Files.copy(journal, copy.resolveSibling(copy.getFileName() + "-journal"), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                try (Connection old = copy == null ? null : DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath())) {
                    for (Map.Entry<String, List<String>> table : recovered.columns.entrySet()) {
                        recovered.read(old, table.getKey(), table.getValue());
                    }
                }
            } catch (IOException | SQLException unreadable) {
                recovered.columns.keySet().stream().filter(table -> !recovered.rows.containsKey(table))
                        .forEach(table -> recovered.incomplete.add(Part.of(table)));
            } finally {
                deleteQuietly(copy);
            }
            recovered.rows.getOrDefault("trusted_keys", List.of()).forEach(row -> recovered.pinnedKeys.add((PublisherKey) row[row.length - 1]));
            return recovered;
        }

        private void read(Connection old, String table, List<String> names) {
            List<Object[]> read = new ArrayList<>();
            rows.put(table, read);
            if (old == null) {
                incomplete.add(Part.of(table));
                return;
            }
            try (PreparedStatement query = old.prepareStatement("SELECT " + String.join(", ", names) + " FROM " + table);
                 ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    Object[] row = new Object[names.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = result.getObject(i + 1);
                    }
                    if (table.equals("trusted_keys")) {
                        row = pinnedKey(row, names);
                    }
                    if (row != null) {
                        read.add(row);
                    }
                }
            } catch (SQLException | RuntimeException unreadable) {
                // Rows read before the damage are kept; the part is reported as not recovered.
                incomplete.add(Part.of(table));
            }
        }

        /** A pinned key row whose id is its key's own; the key itself rides along at the end for {@link #pinnedKeys}. */
        private static Object[] pinnedKey(Object[] row, List<String> names) {
            Object id = row[names.indexOf("key_id")];
            Object key = row[names.indexOf("public_key")];
            if (!(key instanceof byte[] bytes) || bytes.length != PublisherKey.LENGTH) {
                return null;
            }
            PublisherKey publisher = new PublisherKey(bytes);
            if (!publisher.idHex().equals(id)) {
                return null;
            }
            Object[] withKey = java.util.Arrays.copyOf(row, row.length + 1);
            withKey[row.length] = publisher;
            return withKey;
        }

        void restoreInto(Connection index) throws SQLException {
            for (Map.Entry<String, List<Object[]>> table : rows.entrySet()) {
                List<String> names = columns.get(table.getKey());
                String placeholders = String.join(",", java.util.Collections.nCopies(names.size(), "?"));
                try (PreparedStatement insert = index.prepareStatement("INSERT OR IGNORE INTO " + table.getKey() + " ("
                        + String.join(", ", names) + ") VALUES (" + placeholders + ")")) {
                    for (Object[] row : table.getValue()) {
                        for (int i = 0; i < names.size(); i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        try {
                            insert.executeUpdate();
                        } catch (SQLException refusedRow) {
                            // A row the new schema refuses (a NOT NULL the damaged file left empty) is one we could not recover.
                            incomplete.add(Part.of(table.getKey()));
                        }
                    }
                }
            }
        }

        private static void deleteQuietly(Path file) {
            if (file == null) {
                return;
            }
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
            } catch (IOException ignored) {
                // A temporary copy of the damaged index holds no personal value.
            }
        }
    }
}
