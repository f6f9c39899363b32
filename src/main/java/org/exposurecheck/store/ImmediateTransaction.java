package org.exposurecheck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A transaction that takes SQLite's write lock when it begins ({@code BEGIN IMMEDIATE}), so that what a
 * store does on disk beside the database (moving a pack file in, sweeping leftovers) happens while no other
 * process can change the index. Closing it without {@link #commit()} rolls back.
 *
 * <p>Plain statements rather than JDBC's auto-commit switch: sqlite-jdbc's {@code commit()} opens the next
 * transaction at once, which can fail after the commit succeeded and would make a committed install look failed.
 */
final class ImmediateTransaction implements AutoCloseable {
    private final Connection db;
    private boolean open = true;

    private ImmediateTransaction(Connection db) {
        this.db = db;
    }

    static ImmediateTransaction begin(Connection db) throws SQLException {
        execute(db, "BEGIN IMMEDIATE");
        return new ImmediateTransaction(db);
    }

    /** Begins only if the lock is free now; null while another connection holds it. */
    static ImmediateTransaction beginWithoutWaiting(Connection db) throws SQLException {
        execute(db, "PRAGMA busy_timeout = 0");
        try {
            return begin(db);
        } catch (SQLiteException busy) {
            if ((busy.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code) {
                return null;
            }
            throw busy;
        } finally {
            execute(db, "PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MS);
        }
    }

    void commit() throws SQLException {
        execute(db, "COMMIT");
        open = false;
    }

    void rollback() {
        if (open) {
            open = false;
            try {
                execute(db, "ROLLBACK");
            } catch (SQLException ignored) {
                // SQLite has already rolled back (after some errors it does so itself); the original failure is reported.
            }
        }
    }

    @Override
    public void close() {
        rollback();
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
