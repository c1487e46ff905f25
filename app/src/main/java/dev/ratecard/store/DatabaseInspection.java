package dev.ratecard.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks at a workspace file before Flyway or anything else may write to it: is it readable and intact
 * ({@code quick_check}, unless the file is as Ratecard last closed it intact: {@link CheckedStamp}), is it a Ratecard
 * workspace ({@code application_id}), and which schema version did it reach. A damaged file is refused, never
 * repaired: a repair could lose the very rows the user wants to recover from a backup.
 */
final class DatabaseInspection {
    /** {@code 'RTCD'}, set by {@code V1__workspace.sql}. */
    static final int APPLICATION_ID = 0x52544344;
    private static final int MAX_PROBLEMS_SHOWN = 3;

    private DatabaseInspection() {
    }

    /** Inspects the file, checking its integrity unless it is unchanged since Ratecard last closed it intact. */
    static DatabaseState inspect(Path file, Connections connections) {
        return inspect(file, connections, !CheckedStamp.unchangedSinceChecked(file));
    }

    /** Inspects the file and always checks its integrity: before its schema is upgraded. */
    static DatabaseState inspectAndCheck(Path file, Connections connections) {
        return inspect(file, connections, true);
    }

    private static DatabaseState inspect(Path file, Connections connections, boolean check) {
        if (isMissingOrEmpty(file)) {
            return DatabaseState.FRESH;
        }
        try (Connection connection = connections.inspection(); Statement statement = connection.createStatement()) {
            if (check) {
                requireIntact(file, statement);
            }
            int applicationId = intOf(statement, "PRAGMA application_id");
            if (applicationId == 0 && intOf(statement, "SELECT count(*) FROM sqlite_schema") == 0) {
                return DatabaseState.FRESH;
            }
            if (applicationId == 0 && isUnfinishedCreation(statement)) {
                // Flyway writes its history table before the first migration sets the id: another connection is
                // creating this workspace right now, or a creation stopped there. Nothing else is in the file, and
                // migrating waits for the other connection's lock, then finds what it applied.
                return DatabaseState.FRESH;
            }
            if (applicationId != APPLICATION_ID) {
                throw new DatabaseRefusedException(DatabaseRefusedException.Reason.NOT_A_WORKSPACE,
                        file + " is a SQLite database of another program, not a Ratecard workspace; it was not changed");
            }
            return new DatabaseState(false, appliedVersion(file, statement), check);
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB || e.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT) {
                throw new DatabaseRefusedException(DatabaseRefusedException.Reason.DAMAGED,
                        file + " is not a readable SQLite database (damaged, or not a database at all); it was not"
                                + " changed. Restore a backup from the backups folder beside it, or choose another file", e);
            }
            throw new StoreException("Could not inspect " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("Could not inspect " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code quick_check}, which reads every page but not the indexes' order, and refuses on any problem. */
    static void requireIntact(Path file, Statement statement) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA quick_check(" + MAX_PROBLEMS_SHOWN + ")")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        }
        if (!problems.equals(List.of("ok"))) {
            throw new DatabaseRefusedException(DatabaseRefusedException.Reason.DAMAGED,
                    file + " failed its integrity check and was not changed (" + String.join("; ", problems)
                            + "). Restore a backup from the backups folder beside it, or choose another file");
        }
    }

    private static int appliedVersion(Path file, Statement statement) throws SQLException {
        boolean hasHistory = intOf(statement, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '"
                + SchemaMigrator.HISTORY_TABLE + "'") == 1;
        if (!hasHistory) {
            throw new DatabaseRefusedException(DatabaseRefusedException.Reason.DAMAGED,
                    file + " is a Ratecard workspace without its schema history; it was not changed");
        }
        try (ResultSet rows = statement.executeQuery("SELECT version FROM " + SchemaMigrator.HISTORY_TABLE
                + " WHERE success = 1 AND version IS NOT NULL")) {
            int newest = 0;
            while (rows.next()) {
                newest = Math.max(newest, SchemaMigrator.parseVersion(rows.getString(1)));
            }
            return newest;
        }
    }

    /** Flyway's history table with nothing applied, and no other table: a workspace still being created. */
    private static boolean isUnfinishedCreation(Statement statement) throws SQLException {
        int otherTables = intOf(statement, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name <> '"
                + SchemaMigrator.HISTORY_TABLE + "' AND name NOT LIKE 'sqlite_%'");
        int history = intOf(statement, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '"
                + SchemaMigrator.HISTORY_TABLE + "'");
        return otherTables == 0 && history == 1
                && intOf(statement, "SELECT count(*) FROM " + SchemaMigrator.HISTORY_TABLE + " WHERE success = 1") == 0;
    }

    private static int intOf(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static boolean isMissingOrEmpty(Path file) {
        try {
            return Files.notExists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            throw new StoreException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
