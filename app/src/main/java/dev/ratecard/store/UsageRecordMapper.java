package dev.ratecard.store;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stored usage row back as the {@link UsageRecord} it was imported from, in its stored precision, its names looked up
 * by id through {@code names}.
 */
final class UsageRecordMapper implements RowMapper<UsageRecord> {
    /** The columns the mapper reads, with the batch's file name for the source reference. */
    static final String SELECT = "SELECT u.*, b.file_name FROM usage_row AS u JOIN import_batch AS b ON b.id = u.batch_id";

    /** The columns of {@code usage_row} that hold the names, worked out once rather than for every row read. */
    private static final String PROVIDER = UsageColumns.stored("provider");
    private static final String MODEL = UsageColumns.stored("model");
    private static final String ROUTE = UsageColumns.stored("route");
    private static final String SERVICE_TIER = UsageColumns.stored("service_tier");
    private static final String REGION = UsageColumns.stored("region");
    private static final String COST_CURRENCY = UsageColumns.stored("cost_currency");
    private static final String COST_KIND = UsageColumns.stored("cost_kind");
    private static final List<String> TAG_COLUMNS = UsageColumns.COLUMN_TAGS.stream()
            .map(tag -> UsageColumns.stored(UsageColumns.tagColumn(tag))).toList();

    private final NameTexts names;

    UsageRecordMapper(NameTexts names) {
        this.names = names;
    }

    @Override
    public UsageRecord map(ResultSet row) throws SQLException {
        return new UsageRecord(Instant.ofEpochMilli(row.getLong("start_ms")), Duration.ofSeconds(row.getLong("period_s")),
                names.of(row, PROVIDER), names.of(row, MODEL), names.of(row, ROUTE), row.getInt("is_batch") == 1,
                names.of(row, SERVICE_TIER), names.of(row, REGION), tags(row), counts(row), reportedCost(row),
                row.getString("natural_key"),
                new SourceRef(row.getString("file_name"), row.getLong("source_line"), row.getString("source_pointer")));
    }

    private Map<String, String> tags(ResultSet row) throws SQLException {
        String others = row.getString("other_tags");
        Map<String, String> tags = others == null ? new HashMap<>() : new HashMap<>(TagsJson.read(others));
        for (int t = 0; t < TAG_COLUMNS.size(); t++) {
            String column = TAG_COLUMNS.get(t);
            String value = UsageColumns.isNameTag(t) ? names.of(row, column) : row.getString(column);
            if (value != null) {
                tags.put(UsageColumns.COLUMN_TAGS.get(t), value);
            }
        }
        return tags;
    }

    private static BucketCounts counts(ResultSet row) throws SQLException {
        BucketCounts.Builder counts = BucketCounts.builder();
        for (UsageBucket bucket : UsageBucket.all()) {
            counts.set(bucket, row.getLong(bucket.key()));
        }
        return counts.build();
    }

    private ReportedCost reportedCost(ResultSet row) throws SQLException {
        Long nanos = Binding.nullableLong(row, "cost_nanos");
        if (nanos == null) {
            return null;
        }
        return new ReportedCost(plain(BigDecimal.valueOf(nanos, 9)), names.of(row, COST_CURRENCY),
                ReportedCost.Kind.valueOf(names.of(row, COST_KIND).toUpperCase(Locale.ROOT)));
    }

    /** The fewest decimals that hold the value ({@code 0.00475}, {@code 12}), as a source would have written it. */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
