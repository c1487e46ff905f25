package dev.ratecard.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Looks into a database file with plain SQL, past the store's own API, to see what it really wrote. */
final class SqlProbe {
    private SqlProbe() {
    }

    /** The first column of every row of {@code sql}, as text. */
    static List<String> strings(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    static String string(Path file, String sql) throws SQLException {
        List<String> values = strings(file, sql);
        return values.isEmpty() ? null : values.get(0);
    }

    static List<String> columns(Path file, String table) throws SQLException {
        return strings(file, "SELECT name FROM pragma_table_info('" + table + "')");
    }
}
