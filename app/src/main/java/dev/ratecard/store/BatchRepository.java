package dev.ratecard.store;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The import batches of a workspace: list, look at one with its issues, delete one with its rows. */
public final class BatchRepository {
    private final Jdbc jdbc;

    BatchRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every batch, newest first. */
    public List<ImportBatch> list() {
        return jdbc.reading("list import batches", () ->
                jdbc.list("list import batches", ImportBatchMapper.COLUMNS + " ORDER BY id DESC", mapper(null)));
    }

    public Optional<ImportBatch> find(long id) {
        return jdbc.reading("read batch " + id, () ->
                jdbc.first("read batch " + id, ImportBatchMapper.COLUMNS + " WHERE id = ?", mapper(id), id));
    }

    /** The batch that imported these exact bytes, if any: the check that makes a second import a no-op. */
    public Optional<ImportBatch> findBySha256(String sha256) {
        String hex = sha256.toLowerCase(Locale.ROOT);
        return jdbc.reading("look up file " + hex, () -> jdbc.first("look up file " + hex,
                ImportBatchMapper.COLUMNS + " WHERE sha256 = ?", mapper(null), hex));
    }

    /** The reader's issues for a batch, in file order. */
    public List<ImportIssue> issues(long id) {
        return jdbc.list("read the issues of batch " + id, """
                SELECT b.file_name, i.severity, i.line, i.pointer, i.column_name, i.value, i.reason
                FROM import_issue AS i JOIN import_batch AS b ON b.id = i.batch_id
                WHERE i.batch_id = ? ORDER BY i.line, i.id""", row -> new ImportIssue(
                ImportIssue.Severity.valueOf(row.getString("severity").toUpperCase(Locale.ROOT)),
                new SourceRef(row.getString("file_name"), row.getLong("line"), row.getString("pointer")),
                row.getString("column_name"), row.getString("value"), row.getString("reason")), id);
    }

    public Optional<BatchDetails> details(long id) {
        return jdbc.reading("read batch " + id, () -> find(id).map(batch -> new BatchDetails(batch, issues(id))));
    }

    /**
     * Deletes a batch, its usage rows and its issues, and the names no row names any more, and nothing else; its
     * file can then be imported again. Returns false if there was no such batch.
     */
    public boolean delete(long id) {
        return jdbc.inTransaction("delete batch " + id, () -> {
            boolean deleted = jdbc.update("delete batch " + id, "DELETE FROM import_batch WHERE id = ?", id) == 1;
            if (deleted) {
                jdbc.update("forget the names no usage row names", "DELETE FROM usage_name WHERE id NOT IN ("
                        + UsageColumns.nameIdsInUse() + ")");
            }
            return deleted;
        });
    }

    long create(ImportRequest request, Instant createdAt) {
        return jdbc.insert("record the import of " + request.fileName(), """
                        INSERT INTO import_batch (file_name, sha256, format, source_kind, time_zone, reader_options,
                                                  created_at_ms)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                request.fileName(), request.sha256(), request.format(), request.sourceKind(),
                request.timeZone().getId(), TagsJson.write(request.readerOptions()), createdAt.toEpochMilli());
    }

    /** Distinct rows (line and JSON pointer) with issues; only errors if {@code errorsOnly}. */
    long rowsWithIssues(long id, boolean errorsOnly) {
        return jdbc.first("count the issues of batch " + id, """
                SELECT count(*) FROM (SELECT DISTINCT line, pointer FROM import_issue
                                      WHERE batch_id = ? AND line > 0 AND (? = 0 OR severity = 'error'))""",
                row -> row.getLong(1), id, errorsOnly ? 1 : 0).orElse(0L);
    }

    /** Writes a finished import's counts and sums into its batch row. */
    void finish(long id, ImportCounts counts, UsageSummary inserted) {
        String buckets = UsageBucket.all().stream().map(b -> b.key() + " = ?").collect(Collectors.joining(", "));
        Object[] params = new Object[7 + UsageBucket.all().size()];
        int p = 0;
        params[p++] = counts.read();
        params[p++] = counts.inserted();
        params[p++] = counts.duplicates();
        params[p++] = counts.withIssues();
        params[p++] = inserted.range().map(r -> r.from().toEpochMilli()).orElse(null);
        params[p++] = inserted.range().map(r -> r.to().toEpochMilli()).orElse(null);
        for (UsageBucket bucket : UsageBucket.all()) {
            params[p++] = inserted.totals().get(bucket);
        }
        params[p] = id;
        jdbc.update("record the counts of batch " + id, "UPDATE import_batch SET rows_read = ?, rows_inserted = ?,"
                + " rows_duplicate = ?, rows_with_issues = ?, first_start_ms = ?, last_end_ms = ?, " + buckets
                + " WHERE id = ?", params);
        inserted.reportedCost().forEach((currency, money) -> jdbc.update("record the reported cost of batch " + id,
                "INSERT INTO import_batch_cost (batch_id, currency, nanos) VALUES (?, ?, ?)",
                id, currency, money.toNanos()));
    }

    /** Reads the costs of one batch, or of all when {@code id} is null, for the mapper. */
    private ImportBatchMapper mapper(Long id) {
        String sql = "SELECT batch_id, currency, nanos FROM import_batch_cost" + (id == null ? "" : " WHERE batch_id = ?");
        Object[] params = id == null ? new Object[0] : new Object[] {id};
        Map<Long, Map<String, Long>> costs = new HashMap<>();
        jdbc.forEach("read the reported costs of batches", sql, row -> costs
                .computeIfAbsent(row.getLong(1), k -> new TreeMap<>()).put(row.getString(2), row.getLong(3)), params);
        return new ImportBatchMapper(costs);
    }
}
