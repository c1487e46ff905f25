package dev.ratecard.store;

import dev.ratecard.importers.model.ImportIssue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/** Writes the reader's issues for a batch, batched like the rows: a bad file can report one per line. */
final class IssueWriter implements AutoCloseable {
    private final PreparedStatement insert;
    private final long batchId;
    private int pending;

    IssueWriter(Connection connection, long batchId) throws SQLException {
        this.insert = connection.prepareStatement("""
                INSERT INTO import_issue (batch_id, severity, line, pointer, column_name, value, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
        this.batchId = batchId;
    }

    void add(ImportIssue issue) throws SQLException {
        insert.setLong(1, batchId);
        insert.setString(2, issue.severity().name().toLowerCase(Locale.ROOT));
        insert.setLong(3, issue.where().line());
        Binding.text(insert, 4, issue.where().pointer());
        Binding.text(insert, 5, issue.column());
        Binding.text(insert, 6, issue.value());
        insert.setString(7, issue.reason());
        insert.addBatch();
        if (++pending == UsageInserter.CHUNK) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
