package dev.ratecard.store;

import dev.ratecard.importers.model.UsageRecord;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Stored rows, one at a time, straight from SQLite's statement: memory stays constant however many rows
 * there are. Owns a read-only connection, which sees one snapshot of the workspace from the first row to
 * the last even while an import commits; close it to let go of that snapshot.
 */
final class UsageCursor implements Iterator<UsageRecord>, AutoCloseable {
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final Path file;
    private final NameTexts names;
    private final UsageRecordMapper mapper;
    private boolean ahead;
    private boolean exhausted;

    UsageCursor(Connection connection, String sql, Object[] params, Path file) throws SQLException {
        this.connection = connection;
        this.file = file;
        try {
            this.names = new NameTexts(connection);
            this.mapper = new UsageRecordMapper(names);
            this.statement = connection.prepareStatement(sql);
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            this.rows = statement.executeQuery();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        if (!ahead && !exhausted) {
            try {
                ahead = rows.next();
                exhausted = !ahead;
            } catch (SQLException e) {
                throw new StoreException("Could not read usage from " + file + ": " + e.getMessage(), e);
            }
        }
        return ahead;
    }

    @Override
    public UsageRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ahead = false;
        try {
            return mapper.map(rows);
        } catch (SQLException e) {
            throw new StoreException("Could not read usage from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Could not close a usage cursor on " + file + ": " + e.getMessage(), e);
        }
    }
}
