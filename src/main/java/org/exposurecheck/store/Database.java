package org.exposurecheck.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The data directory's SQLite database. Schema changes are numbered migrations
 * ({@code migrations/V<n>__<what>.sql}) applied in order, each in its own transaction, and recorded
 * in SQLite's {@code user_version}.
 *
 * <p>Opening checks that the file is a database, intact ({@code PRAGMA quick_check}) and holds the tables and
 * columns the migrations make; otherwise it is refused as damaged ({@link IndexDamagedException}), so that
 * nothing reads half a database or writes into someone else's, and the index can be rebuilt from the pack
 * files ({@link IndexRebuild}).
 */
final class Database {
    static final String INDEX_FILE = "exposure-check.db";
    static final int BUSY_TIMEOUT_MS = 5000;
    private static final List<String> MIGRATIONS = List.of("V1__initial.sql", "V2__update_state.sql", "V3__chunk_hashes.sql");
    private static Map<String, List<String>> expectedSchema;

    private Database() {
    }

    /**
     * Opens the index of a data directory. A missing (or empty) index while {@code packs/} still holds pack
     * files is refused as damaged: a new empty index would forget those packs, and its clean-up would delete them.
     */
    static Connection openIndex(Path dataDir) throws SQLException, StoreException {
        Path file = dataDir.resolve(INDEX_FILE);
        if (isEmpty(file) && !PacksListing.packFiles(dataDir.resolve(PackStore.PACKS_DIR)).isEmpty()) {
            throw new IndexDamagedException(StoreRefusal.INDEX_MISSING.sentence("file", file, "dir", dataDir.resolve(PackStore.PACKS_DIR)));
        }
        return open(file);
    }

    static Connection open(Path file) throws SQLException, StoreException {
        boolean fresh = isEmpty(file);
        Connection connection = connect(file);
        try {
            int version = userVersion(connection);
            if (version > MIGRATIONS.size()) {
                throw StoreRefusal.INDEX_NEWER.exception("file", file);
            }
            if (!fresh) {
                checkIntact(connection, file, version);
            }
            migrate(connection);
            checkSchema(connection, file);
            return connection;
        } catch (SQLException failed) {
            closeQuietly(connection);
            if (isDamage(failed)) {
                throw new IndexDamagedException(StoreRefusal.INDEX_DAMAGED.sentence("file", file, "detail", failed.getMessage()), failed);
            }
            throw failed;
        } catch (StoreException refused) {
            closeQuietly(connection);
            throw refused;
        }
    }

    private static void migrate(Connection connection) throws SQLException {
        int version = userVersion(connection);
        for (int i = version; i < MIGRATIONS.size(); i++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : script(MIGRATIONS.get(i)).split(";\\s*\\n")) {
                    if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("PRAGMA user_version = " + (i + 1));
                connection.commit();
            } catch (SQLException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static String script(String name) throws SQLException {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new SQLException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new SQLException("unreadable migration " + name, unreadable);
        }
    }

    /** A connection to a new database that the caller fills (the rebuilt index): migrated, not checked against anything. */
    static Connection create(Path file) throws SQLException {
        Connection connection = connect(file);
        try {
            migrate(connection);
            return connection;
        } catch (SQLException failed) {
            closeQuietly(connection);
            throw failed;
        }
    }

    /** Table name → column names, as the migrations make them. */
    static synchronized Map<String, List<String>> expectedSchema() throws SQLException {
        if (expectedSchema == null) {
            try (Connection reference = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                migrate(reference);
                expectedSchema = schemaOf(reference);
            }
        }
        return expectedSchema;
    }

    static Map<String, List<String>> schemaOf(Connection connection) throws SQLException {
        Map<String, List<String>> schema = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                     + " ORDER BY rowid")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        for (String table : tables) {
            List<String> columns = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA table_info(\"" + table.replace("\"", "\"\"") + "\")")) {
                while (rows.next()) {
                    columns.add(rows.getString("name"));
                }
            }
            schema.put(table, columns);
        }
        return schema;
    }

    private static Connection connect(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        } catch (SQLException failed) {
            closeQuietly(connection);
            throw failed;
        }
        return connection;
    }

    private static boolean isEmpty(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /** Structure intact, and a database our migrations made: one never migrated must not hold tables already. */
    private static void checkIntact(Connection connection, Path file, int version) throws SQLException, StoreException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new IndexDamagedException(StoreRefusal.INDEX_DAMAGED.sentence("file", file, "detail", verdict));
            }
        }
        if (version == 0 && !schemaOf(connection).isEmpty()) {
            throw new IndexDamagedException(StoreRefusal.INDEX_WRONG_SCHEMA.sentence("file", file));
        }
    }

    private static void checkSchema(Connection connection, Path file) throws SQLException, StoreException {
        Map<String, List<String>> actual = schemaOf(connection);
        for (Map.Entry<String, List<String>> table : expectedSchema().entrySet()) {
            List<String> columns = actual.get(table.getKey());
            if (columns == null || !columns.containsAll(table.getValue())) {
                throw new IndexDamagedException(StoreRefusal.INDEX_WRONG_SCHEMA.sentence("file", file));
            }
        }
    }

    /** Not a database, or a damaged one; a locked or unreachable file is a different problem, and not the index's fault. */
    private static boolean isDamage(SQLException failure) {
        if (!(failure instanceof SQLiteException sqlite)) {
            return false;
        }
        int primary = sqlite.getResultCode().code & 0xff;
        return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The failure that made us close it is what gets reported.
        }
    }
}
