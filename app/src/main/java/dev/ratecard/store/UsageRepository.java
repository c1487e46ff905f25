package dev.ratecard.store;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads stored usage: sums grouped by a dimension, the workspace's totals, and every row as a stream for
 * re-pricing. Sums are SQL {@code sum()} over INTEGER columns, exact and failing on overflow rather than
 * rounding; reported costs are summed per currency, never across currencies.
 */
public final class UsageRepository {
    private final Jdbc jdbc;
    private final Connections connections;
    private final Path file;

    UsageRepository(Jdbc jdbc, Connections connections, Path file) {
        this.jdbc = jdbc;
        this.connections = connections;
        this.file = file;
    }

    /** One group per distinct key, in key order with the rows lacking a key ({@code null}) last. */
    public List<UsageGroup> group(GroupBy groupBy, UsageFilter filter) {
        return groupWithTotal(groupBy, filter).groups();
    }

    /**
     * As {@link #group}, and the sums over all of the groups, from the same pass over the rows: on a large workspace
     * each pass reads the whole table, so asking for {@link #summary} as well would take twice as long.
     */
    public GroupedUsage groupWithTotal(GroupBy groupBy, UsageFilter filter) {
        List<Object> params = new ArrayList<>();
        GroupKey key = keyOf(groupBy, params);
        UsageTally total = new UsageTally();
        List<UsageGroup> groups = fold(key, filter, params, total).entrySet().stream()
                .map(group -> new UsageGroup(group.getKey(), group.getValue().summary(), group.getValue().rowsWithoutRequests()))
                .toList();
        return new GroupedUsage(groups, total.summary(), total.rowsWithoutRequests());
    }

    /** The sums over every row in the filter; for {@link UsageFilter#ALL}, the whole workspace's date range and totals. */
    public UsageSummary summary(UsageFilter filter) {
        UsageTally all = new UsageTally();
        fold(new GroupKey("NULL", false), filter, new ArrayList<>(), all);
        return all.summary();
    }

    /** Whether no usage is stored at all; answered from the first row, without summing. */
    public boolean isEmpty() {
        return jdbc.first("check for usage", "SELECT NOT EXISTS (SELECT 1 FROM usage_row)", row -> row.getBoolean(1))
                .orElseThrow();
    }

    /**
     * Every stored row in the filter, read lazily in storage order. The stream holds a connection of its
     * own: close it, e.g. with try-with-resources.
     */
    public Stream<UsageRecord> stream(UsageFilter filter) {
        List<Object> params = new ArrayList<>();
        String sql = UsageRecordMapper.SELECT + where(filter, params, "u.");
        try {
            UsageCursor cursor = new UsageCursor(connections.reader(), sql, params.toArray(), file);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor,
                    Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(cursor::close);
        } catch (SQLException e) {
            throw new StoreException("Could not read usage from " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * SQL sums per (key, currency), folded into one tally per key (tokens add up across currencies, costs do not),
     * and every one of them into {@code total} as well.
     */
    private Map<String, UsageTally> fold(GroupKey key, UsageFilter filter, List<Object> params, UsageTally total) {
        // Grouped by the names' ids, and each group's names looked up once, after.
        String grouped = "SELECT " + key.expression() + " AS group_key, cost_currency_id, count(*) AS row_count, "
                + UsageColumns.bucketSums() + ", sum(cost_nanos) AS cost, min(start_ms) AS first_start,"
                + " max(start_ms + period_s * 1000) AS last_end, sum(requests = 0) AS without_requests FROM usage_row"
                + where(filter, params, "") + " GROUP BY group_key, cost_currency_id";
        String sql = "SELECT " + (key.isName() ? "k.text" : "g.group_key") + " AS key_text, c.text, g.row_count, "
                + UsageColumns.bucketColumns("g.") + ", g.cost, g.first_start, g.last_end, g.without_requests"
                + " FROM (" + grouped + ") AS g LEFT JOIN usage_name AS c ON c.id = g.cost_currency_id"
                + (key.isName() ? " LEFT JOIN usage_name AS k ON k.id = g.group_key" : "")
                + " ORDER BY key_text IS NULL, key_text";
        Map<String, UsageTally> groups = new LinkedHashMap<>();
        jdbc.forEach("sum usage", sql, row -> {
            int column = 4;
            BucketCounts.Builder sums = BucketCounts.builder();
            for (UsageBucket bucket : UsageBucket.all()) {
                sums.set(bucket, row.getLong(column++));
            }
            long nanos = row.getLong(column);
            Long cost = row.wasNull() ? null : nanos;
            BucketCounts counts = sums.build();
            long rows = row.getLong(3);
            String currency = row.getString(2);
            long firstStart = row.getLong(column + 1);
            long lastEnd = row.getLong(column + 2);
            long withoutRequests = row.getLong(column + 3);
            groups.computeIfAbsent(row.getString(1), k -> new UsageTally())
                    .add(rows, withoutRequests, counts, currency, cost, firstStart, lastEnd);
            total.add(rows, withoutRequests, counts, currency, cost, firstStart, lastEnd);
        }, params.toArray());
        return groups;
    }

    /** What rows are grouped by: an SQL expression over {@code usage_row}, and whether it is the id of a name. */
    private record GroupKey(String expression, boolean isName) {
        static GroupKey column(String column) {
            return new GroupKey(UsageColumns.stored(column), UsageColumns.isName(column));
        }
    }

    private static GroupKey keyOf(GroupBy groupBy, List<Object> params) {
        return switch (groupBy.dimension()) {
            case MODEL -> GroupKey.column("model");
            case PROVIDER -> GroupKey.column("provider");
            case ROUTE -> GroupKey.column("route");
            case DAY -> new GroupKey("strftime('%Y-%m-%d', start_ms / 1000, 'unixepoch')", false);
            case MONTH -> new GroupKey("strftime('%Y-%m', start_ms / 1000, 'unixepoch')", false);
            case TAG -> {
                if (UsageColumns.hasColumn(groupBy.tag())) {
                    yield GroupKey.column(UsageColumns.tagColumn(groupBy.tag()));
                }
                params.add("$.\"" + groupBy.tag() + "\"");
                yield new GroupKey("json_extract(other_tags, ?)", false);
            }
        };
    }

    private static String where(UsageFilter filter, List<Object> params, String prefix) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add(prefix + "start_ms >= ?");
            params.add(filter.from().toEpochMilli());
        }
        if (filter.to() != null) {
            conditions.add(prefix + "start_ms < ?");
            params.add(filter.to().toEpochMilli());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
