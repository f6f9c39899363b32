package org.exposurecheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.PublisherKey;

/**
 * What the update layer remembers in a data directory: per mirror the last catalogue and its ETag, the
 * highest catalogue sequence seen per publisher (rollback protection), downloads in progress, the
 * publisher pinned for updates, and the update settings. Nothing here says anything about the person.
 */
public final class UpdateStateStore implements AutoCloseable {
    private static final String PUBLISHER_SETTING = "update.publisher_key_id";

    private final Connection db;

    private UpdateStateStore(Connection db) {
        this.db = db;
    }

    public static UpdateStateStore open(Path dataDir) throws ExplainedException {
        try {
            Files.createDirectories(dataDir);
            Connection db = Database.openIndex(dataDir);
            DataDirectory.secure(dataDir);
            return new UpdateStateStore(db);
        } catch (IOException | SQLException failed) {
            throw StoreRefusal.DATA_DIR_UNOPENABLE.because(failed, "dir", dataDir);
        }
    }

    /** The last catalogue a mirror served, with the ETag of that response (null when the mirror sent none). */
    public record MirrorCatalogue(String etag, byte[] catalogue) {
    }

    /** A download in progress: the part file's expected size and hash, and the validator of the response it came from. */
    public record PartialDownload(String fileName, String mirror, String validator, String sha256, long bytes) {
    }

    public Optional<MirrorCatalogue> mirrorCatalogue(String mirror) throws ExplainedException {
        try (PreparedStatement query = db.prepareStatement("SELECT etag, catalogue FROM mirror_catalogues WHERE mirror = ?")) {
            query.setString(1, mirror);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new MirrorCatalogue(row.getString(1), row.getBytes(2))) : Optional.empty();
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_READ_UPDATE_STATE.because(failed);
        }
    }

    public void saveMirrorCatalogue(String mirror, String etag, byte[] catalogue, Instant now) throws ExplainedException {
        try (PreparedStatement upsert = db.prepareStatement("INSERT OR REPLACE INTO mirror_catalogues (mirror, etag, catalogue, fetched_at)"
                + " VALUES (?,?,?,?)")) {
            upsert.setString(1, mirror);
            upsert.setString(2, etag);
            upsert.setBytes(3, catalogue);
            upsert.setString(4, now.toString());
            upsert.executeUpdate();
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_RECORD_CATALOGUE.because(failed);
        }
    }

    public OptionalLong highestCatalogueSequence(String publisherKeyId) throws ExplainedException {
        try (PreparedStatement query = db.prepareStatement("SELECT max_sequence FROM catalogue_history WHERE publisher_key_id = ?")) {
            query.setString(1, publisherKeyId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_READ_UPDATE_STATE.because(failed);
        }
    }

    public void recordCatalogueSequence(String publisherKeyId, long sequence) throws ExplainedException {
        try (PreparedStatement upsert = db.prepareStatement("INSERT INTO catalogue_history (publisher_key_id, max_sequence) VALUES (?,?)"
                + " ON CONFLICT (publisher_key_id) DO UPDATE SET max_sequence = max(max_sequence, excluded.max_sequence)")) {
            upsert.setString(1, publisherKeyId);
            upsert.setLong(2, sequence);
            upsert.executeUpdate();
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_RECORD_CATALOGUE.because(failed);
        }
    }

    public Optional<PartialDownload> partialDownload(String fileName) throws ExplainedException {
        try (PreparedStatement query = db.prepareStatement("SELECT mirror, validator, sha256, bytes FROM partial_downloads WHERE file_name = ?")) {
            query.setString(1, fileName);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new PartialDownload(fileName, row.getString(1), row.getString(2), row.getString(3), row.getLong(4)))
                        : Optional.empty();
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_READ_UPDATE_STATE.because(failed);
        }
    }

    public void savePartialDownload(PartialDownload download) throws ExplainedException {
        try (PreparedStatement upsert = db.prepareStatement("INSERT OR REPLACE INTO partial_downloads (file_name, mirror, validator, sha256, bytes)"
                + " VALUES (?,?,?,?,?)")) {
            upsert.setString(1, download.fileName());
            upsert.setString(2, download.mirror());
            upsert.setString(3, download.validator());
            upsert.setString(4, download.sha256());
            upsert.setLong(5, download.bytes());
            upsert.executeUpdate();
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_RECORD_DOWNLOAD.because(failed);
        }
    }

    public void forgetPartialDownload(String fileName) throws ExplainedException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM partial_downloads WHERE file_name = ?")) {
            delete.setString(1, fileName);
            delete.executeUpdate();
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_RECORD_DOWNLOAD.because(failed);
        }
    }

    /** The publisher whose catalogues this data directory accepts, once the person has confirmed its fingerprint. */
    public Optional<PublisherKey> updatePublisher() throws ExplainedException {
        try (PreparedStatement query = db.prepareStatement("SELECT k.public_key FROM settings s JOIN trusted_keys k ON k.key_id = s.value"
                + " WHERE s.key = ?")) {
            query.setString(1, PUBLISHER_SETTING);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new PublisherKey(row.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_READ_KEYS.because(failed);
        }
    }

    /** Pins {@code key} as a trusted publisher key (as {@code pack install --trust} would) and as the one for updates. */
    public void pinUpdatePublisher(PublisherKey key, Instant now) throws ExplainedException {
        try {
            db.setAutoCommit(false);
            try (PreparedStatement pin = db.prepareStatement("INSERT OR IGNORE INTO trusted_keys (key_id, public_key, pinned_at) VALUES (?,?,?)")) {
                pin.setString(1, key.idHex());
                pin.setBytes(2, key.encoded());
                pin.setString(3, now.toString());
                pin.executeUpdate();
            }
            putSetting(PUBLISHER_SETTING, key.idHex());
            db.commit();
        } catch (SQLException failed) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // The original failure is reported.
            }
            throw StoreRefusal.STORE_PIN_KEY.because(failed);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // The connection is unusable anyway and will be closed.
            }
        }
    }

    public Optional<String> setting(String key) throws ExplainedException {
        try (PreparedStatement query = db.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_READ_SETTINGS.because(failed);
        }
    }

    /** Stores a setting; an empty value removes it. */
    public void saveSetting(String key, Optional<String> value) throws ExplainedException {
        try {
            if (value.isPresent()) {
                putSetting(key, value.get());
            } else {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                    delete.setString(1, key);
                    delete.executeUpdate();
                }
            }
        } catch (SQLException failed) {
            throw StoreRefusal.STORE_SAVE_SETTINGS.because(failed);
        }
    }

    private void putSetting(String key, String value) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
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
