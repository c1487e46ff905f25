package dev.ratecard.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a database file holds, independent of its page layout: every schema object's SQL and every row of
 * every table, in primary-key order. Two files with equal content hold the same data, the same tables and
 * the same indexes, whatever SQLite did to its pages in between.
 */
public record DatabaseContent(String checksum, Map<String, Long> rowCounts) {

    public static DatabaseContent of(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Map<String, Long> counts = new LinkedHashMap<>();
            List<String> tables = new ArrayList<>();
            try (ResultSet schema = statement.executeQuery(
                    "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name")) {
                while (schema.next()) {
                    digest.update((schema.getString(1) + "|" + schema.getString(2) + "|" + schema.getString(3) + "\n").getBytes());
                    if (schema.getString(1).equals("table")) {
                        tables.add(schema.getString(2));
                    }
                }
            }
            for (String table : tables) {
                counts.put(table, hashRows(statement, table, digest));
            }
            return new DatabaseContent(HexFormat.of().formatHex(digest.digest()), counts);
        }
    }

    private static long hashRows(Statement statement, String table, MessageDigest digest) throws SQLException {
        long rows = 0;
        // ORDER BY 1..n: a total order over all columns, so WITHOUT ROWID tables need no special case.
        int columns;
        try (ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\" LIMIT 0")) {
            columns = result.getMetaData().getColumnCount();
        }
        StringBuilder order = new StringBuilder("1");
        for (int c = 2; c <= columns; c++) {
            order.append(", ").append(c);
        }
        try (ResultSet ordered = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY " + order)) {
            while (ordered.next()) {
                rows++;
                digest.update(table.getBytes());
                for (int c = 1; c <= columns; c++) {
                    Object value = ordered.getObject(c);
                    digest.update((value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value)).getBytes());
                    digest.update((byte) 0);
                }
            }
        }
        return rows;
    }
}
