package org.exposurecheck.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a data directory holds, read as it lies on disk after a crash: the index's rows read straight from SQLite
 * (no migration, no clean-up, as the app's own open would do both), and the files in {@code packs/} and
 * {@code downloads/}.
 */
public record DataDirState(Map<String, String> indexedFiles, Map<String, Long> indexedSequences, List<String> packFiles,
                           List<String> downloads) {
    public static DataDirState of(Path dataDir) throws IOException, SQLException {
        Map<String, String> files = new TreeMap<>();
        Map<String, Long> sequences = new TreeMap<>();
        Path index = dataDir.resolve("exposure-check.db");
        if (Files.exists(index)) {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + index.toAbsolutePath());
                 Statement sql = db.createStatement()) {
                try (ResultSet check = sql.executeQuery("PRAGMA quick_check")) {
                    check.next();
                    if (!"ok".equals(check.getString(1))) {
                        throw new AssertionError("The index is damaged: " + check.getString(1));
                    }
                }
                try (ResultSet rows = sql.executeQuery("SELECT pack_id, file_name, sequence FROM installed_packs")) {
                    while (rows.next()) {
                        files.put(rows.getString(1), rows.getString(2));
                        sequences.put(rows.getString(1), rows.getLong(3));
                    }
                }
            }
        }
        return new DataDirState(files, sequences, list(dataDir.resolve("packs")), list(dataDir.resolve("downloads")));
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
