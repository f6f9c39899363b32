package org.exposurecheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.base.AtomicFiles;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.base.CrashPoint;
import org.exposurecheck.base.DisplayText;
import org.exposurecheck.pack.InstalledChunks;
import org.exposurecheck.pack.KeyedTier;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackBytes;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackRefusal;
import org.exposurecheck.pack.PublisherKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installed packs and pinned publisher keys of one data directory. Installing checks everything before
 * it changes anything: signature, trusted publisher (pinned, given, or the demo key for demo packs),
 * no change of publisher for a pack id, no rollback below the highest sequence ever installed, expiry
 * and content hash. The pack file is then written beside its final name and moved into place.
 */
public final class PackStore implements AutoCloseable {
    /** Settings key prefix of a pack's keyed-lookup consent; the pack id follows. */
    private static final String KEYED_CONSENT = "keyed_consent.";
    private static final Logger LOG = LoggerFactory.getLogger(PackStore.class);
    static final String PACKS_DIR = "packs";

    private final Path root;
    private final PacksFolder packsFolder;
    private final Connection db;

    /** A store on an open index; {@link #open} is the way in, the index rebuild uses this on its new index. */
    PackStore(Path root, Connection db) {
        this.root = root;
        this.packsFolder = new PacksFolder(root.resolve(PACKS_DIR));
        this.db = db;
    }

    public static PackStore open(Path dataDir) throws ExplainedException {
        try {
            Files.createDirectories(dataDir.resolve(PACKS_DIR));
            Connection db = Database.openIndex(dataDir);
            DataDirectory.secure(dataDir);
            PackStore store = new PackStore(dataDir, db);
            store.sweep();
            return store;
        } catch (IOException | SQLException failed) {
            throw StoreRefusal.DATA_DIR_UNOPENABLE.because(failed, "dir", dataDir);
        }
    }

    public Path root() {
        return root;
    }

    /** The index itself, for the rebuild to carry over what it recovered before it installs the pack files again. */
    Connection connection() {
        return db;
    }

    /**
     * Installs a pack file. {@code trust} is a publisher key the person vouched for (a --trust file, or a
     * fingerprint they confirmed); it is pinned once the pack passes every check.
     */
    public InstalledPack install(byte[] file, Optional<PublisherKey> trust, Instant now) throws ExplainedException {
        PackFile.Signed signed = PackFile.open(file);
        PublisherKey publisher = signed.publisher();
        String packId = signed.manifest().id();
        if (trust.isPresent() && !trust.get().equals(publisher)) {
            throw PackRefusal.WRONG_PUBLISHER.exception("publisher", publisher.fingerprint(), "trusted", trust.get().fingerprint());
        }
        boolean demo = BundledDemo.vouchesFor(signed);
        if (trust.isEmpty() && !demo && pinnedKey(publisher.idHex()).isEmpty()) {
            throw PackRefusal.PUBLISHER_UNTRUSTED.exception("publisher", publisher.fingerprint());
        }
        Optional<History> history = history(packId);
        if (history.isPresent() && !history.get().publisherKeyId.equals(publisher.idHex())) {
            throw PackRefusal.PUBLISHER_CHANGED.exception("pack", packId);
        }
        if (history.isPresent() && signed.manifest().sequence() < history.get().maxSequence) {
            throw PackRefusal.ROLLBACK.exception("pack", packId, "sequence", signed.manifest().sequence(), "installed", history.get().maxSequence);
        }
        Pack pack = PackFile.verifyContent(signed, now);
        // A new file name per sequence: until the database points at it, the previous pack stays intact.
        String fileName = packsFolder.fileName(packId, signed.manifest().sequence());
        Path target = packsFolder.path().resolve(fileName);
        Optional<String> previousFile;
        // The write lock is held from before the file appears until the index names it, so another process's
        // clean-up (sweep) never takes the new file for a leftover; a crash in between leaves just that: a leftover.
        try (ImmediateTransaction transaction = ImmediateTransaction.begin(db)) {
            previousFile = installedFileName(packId);
            boolean replacesOwnFile = previousFile.isPresent() && previousFile.get().equals(fileName);
            AtomicFiles.writePrivate(target, file);
            CrashPoint.reached("install.file-in-place");
            try {
                record(signed, pack, publisher, fileName, InstalledChunks.hashes(file), now);
                transaction.commit();
            } catch (SQLException failed) {
                transaction.rollback();
                if (!replacesOwnFile && !installedFileName(packId).equals(Optional.of(fileName))) {
                    deleteQuietly(target);
                }
                throw StoreRefusal.STORE_RECORD_PACK.because(failed);
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_RECORD_PACK.because(failed);
        }
        CrashPoint.reached("install.committed");
        LOG.info("Installed pack {} sequence {} from publisher {}", packId, signed.manifest().sequence(), publisher.fingerprint());
        if (previousFile.isPresent() && !previousFile.get().equals(fileName)) {
            packsFolder.file(previousFile.get()).ifPresent(PackStore::deleteQuietly);
        }
        return installed().stream().filter(p -> p.id().equals(packId)).findFirst().orElseThrow();
    }

    private void record(PackFile.Signed signed, Pack pack, PublisherKey publisher, String fileName, byte[] chunkHashes, Instant now)
            throws SQLException {
        String packId = signed.manifest().id();
        pin(publisher, now);
        try (PreparedStatement insert = db.prepareStatement("INSERT OR REPLACE INTO installed_packs (pack_id, title, publisher_key_id,"
                + " sequence, created, expires, record_count, demo, file_name, installed_at, chunk_hashes) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            insert.setString(1, packId);
            insert.setString(2, pack.manifest().title());
            insert.setString(3, publisher.idHex());
            insert.setLong(4, pack.manifest().sequence());
            insert.setString(5, pack.manifest().created().toString());
            insert.setString(6, pack.manifest().expires().toString());
            insert.setInt(7, pack.manifest().recordCount());
            insert.setInt(8, pack.manifest().demo() ? 1 : 0);
            insert.setString(9, fileName);
            insert.setString(10, now.toString());
            insert.setBytes(11, chunkHashes);
            insert.executeUpdate();
        }
        try (PreparedStatement seen = db.prepareStatement("INSERT INTO pack_history (pack_id, publisher_key_id, max_sequence)"
                + " VALUES (?,?,?) ON CONFLICT (pack_id) DO UPDATE SET max_sequence = max(max_sequence, excluded.max_sequence)")) {
            seen.setString(1, packId);
            seen.setString(2, publisher.idHex());
            seen.setLong(3, pack.manifest().sequence());
            seen.executeUpdate();
        }
    }

    public List<InstalledPack> installed() throws ExplainedException {
        List<InstalledPack> packs = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT p.pack_id, p.title, k.public_key, p.sequence, p.created, p.expires,"
                + " p.record_count, p.demo, p.installed_at FROM installed_packs p JOIN trusted_keys k ON k.key_id = p.publisher_key_id"
                + " ORDER BY p.title");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                packs.add(new InstalledPack(rows.getString(1), rows.getString(2), new PublisherKey(rows.getBytes(3)).fingerprint(),
                        rows.getLong(4), Instant.parse(rows.getString(5)), Instant.parse(rows.getString(6)), rows.getInt(7),
                        rows.getInt(8) == 1, Instant.parse(rows.getString(9))));
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_READ_PACKS.because(failed);
        }
        return packs;
    }

    /**
     * Opens every installed pack for a check, against its pinned key. A pack is not read or hashed whole again
     * (decision 0031): its header is checked and its chunks are read when a lookup needs them, each against its
     * hash from install. A pack that cannot be used (expired, damaged, changed, missing) is skipped and named with
     * the reason, so the others are still checked.
     */
    public LoadedPacks load(Instant now) throws ExplainedException {
        List<Pack> packs = new ArrayList<>();
        List<SkippedPack> skipped = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT p.pack_id, p.title, p.file_name, k.public_key, p.sequence"
                + " FROM installed_packs p JOIN trusted_keys k ON k.key_id = p.publisher_key_id ORDER BY p.title");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String packId = rows.getString(1);
                try {
                    packs.add(loadOne(packId, rows.getLong(5), rows.getString(3), new PublisherKey(rows.getBytes(4)), chunkHashes(packId), now));
                } catch (ExplainedException unusable) {
                    LOG.warn("Skipped installed pack {}: {}", packId, unusable.getMessage());
                    skipped.add(new SkippedPack(packId, DisplayText.clean(rows.getString(2)), unusable.sentence()));
                }
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_READ_PACKS.because(failed);
        }
        return new LoadedPacks(packs, skipped);
    }

    private Pack loadOne(String packId, long sequence, String storedName, PublisherKey publisher, byte[] chunkHashes, Instant now)
            throws ExplainedException {
        Optional<Path> file = packsFolder.file(storedName);
        if (file.isEmpty()) {
            throw StoreRefusal.STORED_FILE_OUTSIDE.exception("pack", packId);
        }
        if (!Files.isRegularFile(file.get())) {
            throw PackRefusal.INSTALLED_FILE_MISSING.exception("file", file.get());
        }
        if (chunkHashes == null) {
            // Installed by a version that kept no chunk hashes: verified whole, as then, until it is installed again.
            return PackFile.read(PackBytes.read(file.get()), publisher, now);
        }
        return PackFile.readInstalled(file.get(), packId, sequence, chunkHashes, publisher, now);
    }

    /** Read on their own: in the list's query, sorting by title would copy every pack's hashes (a megabyte for ten million tokens). */
    private byte[] chunkHashes(String packId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT chunk_hashes FROM installed_packs WHERE pack_id = ?")) {
            query.setString(1, packId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        }
    }

    public boolean remove(String packId) throws ExplainedException {
        Optional<String> file = installedFileName(packId);
        if (file.isEmpty()) {
            return false;
        }
        try {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM installed_packs WHERE pack_id = ?")) {
                delete.setString(1, packId);
                delete.executeUpdate();
            }
            try (PreparedStatement forget = db.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                forget.setString(1, KEYED_CONSENT + packId);
                forget.executeUpdate();
            }
            // A name that points outside packs/ (written by an older version from a hostile id) is forgotten, not followed.
            Optional<Path> stored = packsFolder.file(file.get());
            if (stored.isPresent()) {
                Files.deleteIfExists(stored.get());
            }
            return true;
        } catch (SQLException | IOException failed) {
            throw StoreRefusal.STORE_REMOVE_PACK.because(failed, "pack", packId);
        }
    }

    /**
     * Whether the person agreed to keyed lookups for this installed pack (docs/keyed-tier.md). The consent names the
     * service and key the person agreed to, so a new version of the pack that names another service or key asks again.
     */
    public boolean keyedConsent(Pack pack) throws ExplainedException {
        Optional<KeyedTier> tier = pack.keyedTier();
        if (tier.isEmpty()) {
            return false;
        }
        try (PreparedStatement query = db.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            query.setString(1, KEYED_CONSENT + pack.manifest().id());
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getString(1).equals(consented(tier.get()));
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_READ_SETTINGS.because(failed);
        }
    }

    /** Records or withdraws the person's consent to keyed lookups for an installed pack with a keyed tier. */
    public void setKeyedConsent(Pack pack, boolean consent) throws ExplainedException {
        Optional<KeyedTier> tier = pack.keyedTier();
        if (consent && tier.isEmpty()) {
            throw new IllegalArgumentException("a pack without a keyed tier needs no consent");
        }
        try (PreparedStatement change = db.prepareStatement(consent ? "INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)"
                : "DELETE FROM settings WHERE key = ?")) {
            change.setString(1, KEYED_CONSENT + pack.manifest().id());
            if (consent) {
                change.setString(2, consented(tier.get()));
            }
            change.executeUpdate();
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_SAVE_SETTINGS.because(failed);
        }
    }

    private static String consented(KeyedTier tier) {
        return tier.serviceUrl() + " " + tier.serviceKey().idHex();
    }

    private Optional<String> installedFileName(String packId) throws ExplainedException {
        try (PreparedStatement query = db.prepareStatement("SELECT file_name FROM installed_packs WHERE pack_id = ?")) {
            query.setString(1, packId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_READ_PACKS.because(failed);
        }
    }

    /**
     * Removes what an interrupted install or removal left in {@code packs/}: {@code .part} files, and pack files
     * the index does not name (a new pack whose install never committed, or the old one it replaced). It runs
     * under the write lock, and only if it gets that lock at once: while another process holds it, one of its
     * files may be new and not yet indexed, and the next open sweeps instead.
     */
    private void sweep() {
        Path packsDir = root.resolve(PACKS_DIR);
        try (ImmediateTransaction transaction = ImmediateTransaction.beginWithoutWaiting(db)) {
            if (transaction == null) {
                return;
            }
            Set<String> indexed = new HashSet<>();
            try (PreparedStatement query = db.prepareStatement("SELECT file_name FROM installed_packs");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    indexed.add(rows.getString(1));
                }
            }
            for (Path file : PacksListing.topLevelFiles(packsDir)) {
                String name = file.getFileName().toString();
                if (name.endsWith(PacksListing.PART_SUFFIX) || name.endsWith(PacksListing.PACK_SUFFIX) && !indexed.contains(name)) {
                    LOG.info("Removing {}, left over by an install or removal that did not finish", name);
                    deleteQuietly(file);
                }
            }
            transaction.commit();
        } catch (SQLException failed) {
            // Not the person's problem now: the leftovers are harmless, and the next open tries again.
            LOG.info("Could not clean up leftovers in {}: {}", packsDir, failed.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftOver) {
            // An orphaned old pack file is harmless: nothing refers to it.
        }
    }

    /**
     * The publisher key pinned under {@code keyId}. Never the bundled demo key: it is recorded beside the demo
     * packs it signed (the list of installed packs refers to it), but anyone can sign with it, so it is never
     * a trusted publisher (docs/decisions/0004-demo-key.md).
     */
    public Optional<PublisherKey> pinnedKey(String keyId) throws ExplainedException {
        if (keyId.equals(BundledDemo.publisherKey().idHex())) {
            return Optional.empty();
        }
        try (PreparedStatement query = db.prepareStatement("SELECT public_key FROM trusted_keys WHERE key_id = ?")) {
            query.setString(1, keyId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new PublisherKey(row.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_READ_KEYS.because(failed);
        }
    }

    private void pin(PublisherKey key, Instant now) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT OR IGNORE INTO trusted_keys (key_id, public_key, pinned_at) VALUES (?,?,?)")) {
            insert.setString(1, key.idHex());
            insert.setBytes(2, key.encoded());
            insert.setString(3, now.toString());
            insert.executeUpdate();
        }
    }

    private record History(String publisherKeyId, long maxSequence) {
    }

    private Optional<History> history(String packId) throws ExplainedException {
        try (PreparedStatement query = db.prepareStatement("SELECT publisher_key_id, max_sequence FROM pack_history WHERE pack_id = ?")) {
            query.setString(1, packId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new History(row.getString(1), row.getLong(2))) : Optional.empty();
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_READ_HISTORY.because(failed);
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // Nothing is pending: every change is committed when it is made.
        }
    }
}
