package dev.ratecard.store;

import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The layout of the {@code usage} table as the Java side sees it: one place that knows which tags have
 * their own column and in which order the insert binds its parameters. Bucket columns are named by
 * {@link UsageBucket#key()}.
 */
final class UsageColumns {
    /** Tags with a column of their own, in column order; other tags go to {@code other_tags} as JSON. */
    static final List<String> COLUMN_TAGS = List.of(Tags.PROJECT, Tags.API_KEY, Tags.USER, Tags.TEAM, Tags.APP);

    static final List<String> INSERTED = insertedColumns();

    static final String INSERT = "INSERT OR IGNORE INTO usage (" + String.join(", ", INSERTED) + ") VALUES ("
            + String.join(", ", Collections.nCopies(INSERTED.size(), "?")) + ")";

    private UsageColumns() {
    }

    /**
     * The index of {@code tag} in {@link #COLUMN_TAGS}, or -1 if it has no column: a switch, where the list's
     * {@code indexOf} compares the name with the tags before it one by one, for each tag of each row stored.
     */
    static int columnTagIndex(String tag) {
        return switch (tag) {
            case Tags.PROJECT -> 0;
            case Tags.API_KEY -> 1;
            case Tags.USER -> 2;
            case Tags.TEAM -> 3;
            case Tags.APP -> 4;
            default -> -1;
        };
    }

    static String tagColumn(String tag) {
        return "tag_" + tag;
    }

    static boolean hasColumn(String tag) {
        return COLUMN_TAGS.contains(tag);
    }

    /** {@code sum(uncached_input), sum(cache_read), …} in bucket order. */
    static String bucketSums() {
        return UsageBucket.all().stream().map(b -> "sum(" + b.key() + ")").collect(Collectors.joining(", "));
    }

    private static List<String> insertedColumns() {
        List<String> columns = new ArrayList<>(List.of("batch_id", "start_ms", "period_s", "provider", "model",
                "route", "is_batch", "service_tier", "region"));
        COLUMN_TAGS.forEach(tag -> columns.add(tagColumn(tag)));
        columns.add("other_tags");
        UsageBucket.all().forEach(bucket -> columns.add(bucket.key()));
        columns.addAll(List.of("cost_nanos", "cost_currency", "cost_kind", "natural_key", "dedup_key", "source_line",
                "source_pointer"));
        return List.copyOf(columns);
    }
}
