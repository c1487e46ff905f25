package dev.ratecard.store;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** A row of {@code import_batch}, with its reported costs per currency looked up in {@code costs}. */
final class ImportBatchMapper implements RowMapper<ImportBatch> {
    static final String COLUMNS = "SELECT * FROM import_batch";

    private final Map<Long, Map<String, Long>> costs;

    /** @param costs nano-units per currency, per batch id, from {@code import_batch_cost} */
    ImportBatchMapper(Map<Long, Map<String, Long>> costs) {
        this.costs = costs;
    }

    @Override
    public ImportBatch map(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        ImportRequest request = new ImportRequest(row.getString("file_name"), row.getString("sha256"),
                row.getString("format"), row.getString("source_kind"), ZoneId.of(row.getString("time_zone")),
                TagsJson.read(row.getString("reader_options")));
        ImportCounts counts = new ImportCounts(row.getLong("rows_read"), row.getLong("rows_inserted"),
                row.getLong("rows_duplicate"), row.getLong("rows_with_issues"));
        return new ImportBatch(id, request, counts, inserted(id, row), Instant.ofEpochMilli(row.getLong("created_at_ms")));
    }

    private UsageSummary inserted(long id, ResultSet row) throws SQLException {
        long rows = row.getLong("rows_inserted");
        if (rows == 0) {
            return UsageSummary.EMPTY;
        }
        BucketCounts.Builder totals = BucketCounts.builder();
        for (UsageBucket bucket : UsageBucket.all()) {
            totals.set(bucket, row.getLong(bucket.key()));
        }
        UsageTally tally = new UsageTally();
        // A batch keeps no count of its rows without requests; the summary made here has no use for one.
        tally.add(rows, 0, totals.build(), null, null, row.getLong("first_start_ms"), row.getLong("last_end_ms"));
        costs.getOrDefault(id, Map.of()).forEach(tally::addCost);
        return tally.summary();
    }
}
