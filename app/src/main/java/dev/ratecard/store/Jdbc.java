package dev.ratecard.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the repositories' SQL on the workspace's one shared connection: binds parameters, maps rows and
 * turns {@link SQLException}s into {@link StoreException}s that say what was being done and to which file.
 * Calls are serialised on the connection, so repositories may be used from any thread; a
 * transaction holds the connection until it ends.
 */
final class Jdbc {
    private final Connection connection;
    private final Path file;

    Jdbc(Connection connection, Path file) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The work of one transaction; may call back into this {@link Jdbc}. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /** Takes each row of a query in turn, e.g. to fold rows into a few sums without listing them. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    synchronized void forEach(String what, String sql, RowConsumer consumer, Object... params) {
        try (PreparedStatement statement = prepare(sql, params); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                consumer.accept(rows);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    <T> List<T> list(String what, String sql, RowMapper<T> mapper, Object... params) {
        List<T> result = new ArrayList<>();
        forEach(what, sql, row -> result.add(mapper.map(row)), params);
        return result;
    }

    <T> Optional<T> first(String what, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(what, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
    synchronized int update(String what, String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs an INSERT and returns the rowid of the row it inserted, or -1 if it inserted none. */
    synchronized long insert(String what, String sql, Object... params) {
        if (update(what, sql, params) == 0) {
            return -1L;
        }
        // No other statement can run on the connection in between: the rowid is this insert's.
        return first(what, "SELECT last_insert_rowid()", row -> row.getLong(1)).orElseThrow();
    }

    /**
     * Runs {@code work} in one write transaction, committed if it returns and rolled back if it throws. It
     * takes the write lock at once ({@code BEGIN IMMEDIATE}), so that it waits for an import to finish
     * instead of failing when it first writes. Nested calls join the outer transaction.
     */
    synchronized <T> T inTransaction(String what, Work<T> work) {
        return transaction(what, SQLiteConfig.TransactionMode.IMMEDIATE, work);
    }

    /**
     * Runs {@code work}'s queries on one snapshot ({@code BEGIN DEFERRED}), so that several queries agree
     * with each other even if an import commits between them; never waits for a writer.
     */
    synchronized <T> T reading(String what, Work<T> work) {
        return transaction(what, SQLiteConfig.TransactionMode.DEFERRED, work);
    }

    private <T> T transaction(String what, SQLiteConfig.TransactionMode mode, Work<T> work) {
        try {
            if (!connection.getAutoCommit()) {
                return work.run();
            }
            connection.unwrap(SQLiteConnection.class).getConnectionConfig().setTransactionMode(mode);
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Refuses text that SQLite's JSON functions would not accept, before a CHECK constraint does so less clearly. */
    void requireJson(String what, String json) {
        boolean valid = first("check the JSON of " + what, "SELECT json_valid(?)", row -> row.getInt(1) == 1, json)
                .orElse(false);
        if (!valid) {
            throw new IllegalArgumentException("the " + what + " is not valid JSON");
        }
    }

    StoreException failure(String what, SQLException e) {
        return new StoreException("Could not " + what + " in " + file + ": " + e.getMessage(), e);
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
