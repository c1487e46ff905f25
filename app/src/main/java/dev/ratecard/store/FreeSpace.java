package dev.ratecard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives back the space an upgrade leaves free. A migration that copies a table into a new one (version 5 did, to store
 * each name once) frees the old table's pages, and SQLite keeps them in the file for later writes: a million-row
 * workspace would stay at 380 MB after the upgrade, though it holds 170 MB. When the free pages are a quarter of the
 * file or more, the upgrade ends with {@code VACUUM}, which writes the file again without them, once.
 */
final class FreeSpace {
    /** Free pages, as a share of the file, from which an upgrade compacts it. */
    static final int MOST_FREE_PERCENT = 25;

    private FreeSpace() {
    }

    /**
     * Compacts the file {@code connection} is open on if a quarter of it or more is free. The connection must be the
     * only one open on the file, outside any transaction.
     */
    static void compactIfMostlyFree(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long pages = pragma(statement, "page_count");
            long free = pragma(statement, "freelist_count");
            if (pages > 0 && free * 100 >= pages * MOST_FREE_PERCENT) {
                statement.execute("VACUUM");
            }
        }
    }

    private static long pragma(Statement statement, String name) throws SQLException {
        try (ResultSet value = statement.executeQuery("PRAGMA " + name)) {
            return value.next() ? value.getLong(1) : 0;
        }
    }
}
