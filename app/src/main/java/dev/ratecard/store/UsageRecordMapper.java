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
import java.util.Locale;
import java.util.Map;

/**
 * A stored usage row back as the {@link UsageRecord} it was imported from, in its stored precision, its names looked up
 * by id through {@code names}.
 */
final class UsageRecordMapper implements RowMapper<UsageRecord> {
    /** The columns the mapper reads, with the batch's file name for the source reference. */
    static final String SELECT = "SELECT u.*, b.file_name FROM usage_row AS u JOIN import_batch AS b ON b.id = u.batch_id";

    private final NameTexts names;

    UsageRecordMapper(NameTexts names) {
        this.names = names;
    }

    @Override
    public UsageRecord map(ResultSet row) throws SQLException {
        return new UsageRecord(Instant.ofEpochMilli(row.getLong("start_ms")), Duration.ofSeconds(row.getLong("period_s")),
                name(row, "provider"), name(row, "model"), name(row, "route"), row.getInt("is_batch") == 1,
                name(row, "service_tier"), name(row, "region"), tags(row), counts(row), reportedCost(row),
                row.getString("natural_key"),
                new SourceRef(row.getString("file_name"), row.getLong("source_line"), row.getString("source_pointer")));
    }

    /** The text of {@code column} of the view {@code usage}, read from the column of {@code usage_row} that holds it. */
    private String name(ResultSet row, String column) throws SQLException {
        return UsageColumns.isName(column) ? names.of(row, UsageColumns.stored(column)) : row.getString(column);
    }

    private Map<String, String> tags(ResultSet row) throws SQLException {
        String others = row.getString("other_tags");
        Map<String, String> tags = others == null ? new HashMap<>() : new HashMap<>(TagsJson.read(others));
        for (String tag : UsageColumns.COLUMN_TAGS) {
            String value = name(row, UsageColumns.tagColumn(tag));
            if (value != null) {
                tags.put(tag, value);
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
        return new ReportedCost(plain(BigDecimal.valueOf(nanos, 9)), name(row, "cost_currency"),
                ReportedCost.Kind.valueOf(name(row, "cost_kind").toUpperCase(Locale.ROOT)));
    }

    /** The fewest decimals that hold the value ({@code 0.00475}, {@code 12}), as a source would have written it. */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
