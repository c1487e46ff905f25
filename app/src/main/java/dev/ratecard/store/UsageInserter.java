package dev.ratecard.store;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an import's records with one prepared {@code INSERT OR IGNORE}, in chunks of {@link #CHUNK}
 * rows per {@code executeBatch}. Each chunk's update counts tell which rows went in (1) and which the
 * dedup index turned away (0), so the batch's totals cover exactly the inserted rows without asking the
 * database for generated keys or reading anything back. Cancel is checked once per chunk.
 */
final class UsageInserter implements AutoCloseable {
    static final int CHUNK = 4_000;

    private final PreparedStatement insert;
    private final long batchId;
    private final Progress progress;
    private final DedupKeys keys;
    private final List<UsageRow> pending = new ArrayList<>(CHUNK);
    private final UsageTally inserted = new UsageTally();
    private long offered;
    private long duplicates;

    UsageInserter(Connection connection, long batchId, ImportRequest request, Progress progress) throws SQLException {
        this.insert = connection.prepareStatement(UsageColumns.INSERT);
        this.batchId = batchId;
        this.progress = progress;
        this.keys = new DedupKeys(request.sourceKind());
    }

    void add(UsageRecord record) throws SQLException {
        UsageRow row = toRow(record);
        bind(row, keys.keyOf(row));
        insert.addBatch();
        pending.add(row);
        offered++;
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    void flush() throws SQLException {
        progress.checkCancelled();
        if (pending.isEmpty()) {
            return;
        }
        int[] changed = insert.executeBatch();
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] == 1) {
                inserted.add(pending.get(i));
            } else if (changed[i] == 0) {
                duplicates++;
            } else {
                throw new SQLException("the driver did not say whether row " + i + " of a chunk was inserted: " + changed[i]);
            }
        }
        pending.clear();
    }

    long offered() {
        return offered;
    }

    long duplicates() {
        return duplicates;
    }

    UsageTally inserted() {
        return inserted;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }

    private UsageRow toRow(UsageRecord record) {
        try {
            return UsageRow.of(record);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new StoreException(record.source() + ": cannot store this row: " + e.getMessage(), e);
        }
    }

    private void bind(UsageRow row, byte[] dedupKey) throws SQLException {
        int p = 0;
        insert.setLong(++p, batchId);
        insert.setLong(++p, row.startMs());
        insert.setLong(++p, row.periodSeconds());
        Binding.text(insert, ++p, row.provider());
        insert.setString(++p, row.model());
        insert.setString(++p, row.route());
        insert.setInt(++p, row.batch() ? 1 : 0);
        Binding.text(insert, ++p, row.serviceTier());
        Binding.text(insert, ++p, row.region());
        for (String tag : row.columnTags()) {
            Binding.text(insert, ++p, tag);
        }
        Binding.text(insert, ++p, row.otherTags());
        for (UsageBucket bucket : UsageBucket.all()) {
            insert.setLong(++p, row.counts().get(bucket));
        }
        Binding.nullableLong(insert, ++p, row.costNanos());
        Binding.text(insert, ++p, row.costCurrency());
        Binding.text(insert, ++p, row.costKind());
        Binding.text(insert, ++p, row.naturalKey());
        insert.setBytes(++p, dedupKey);
        insert.setLong(++p, row.line());
        Binding.text(insert, ++p, row.pointer());
    }
}
