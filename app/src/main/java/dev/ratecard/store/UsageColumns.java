package dev.ratecard.store;

import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The layout of usage rows as the Java side sees it (the table {@code usage_row}, and the view {@code usage} that shows
 * its names as text): one place that knows which tags have their own column, which columns hold a name's id, and in
 * which order the insert binds its parameters. Bucket columns are named by {@link UsageBucket#key()}.
 */
final class UsageColumns {
    /** Tags with a column of their own, in column order; other tags go to {@code other_tags} as JSON. */
    static final List<String> COLUMN_TAGS = List.of(Tags.PROJECT, Tags.API_KEY, Tags.USER, Tags.TEAM, Tags.APP);

    /**
     * The columns whose values are names stored once each in {@code usage_name}, the row holding the id in the column
     * named {@code <column>_id} ({@link #stored}); the end user's tag is not one of them: exports carry thousands.
     */
    private static final Set<String> NAMES = Set.of("provider", "model", "route", "service_tier", "region",
            "tag_project", "tag_api_key", "tag_team", "tag_app", "cost_currency", "cost_kind");
    private static final boolean[] NAME_TAGS = nameTags();

    /** The columns of {@code usage_row} an import can write, in the order of the view {@code usage}. */
    static final List<String> INSERTED = insertedColumns().stream().map(UsageColumns::stored).toList();

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

    /** Whether {@code column} of the view {@code usage} holds a name stored once, as an id in {@code usage_row}. */
    static boolean isName(String column) {
        return NAMES.contains(column);
    }

    /** Whether the tag at {@code index} of {@link #COLUMN_TAGS} is stored as a name's id. */
    static boolean isNameTag(int index) {
        return NAME_TAGS[index];
    }

    /** A query of every name id some usage row holds, in any of its name columns; NULL is not one. */
    static String nameIdsInUse() {
        return NAMES.stream().sorted().map(UsageColumns::stored)
                .map(column -> "SELECT " + column + " FROM usage_row WHERE " + column + " IS NOT NULL")
                .collect(Collectors.joining(" UNION "));
    }

    /** The column of {@code usage_row} that holds {@code column} of the view {@code usage}. */
    static String stored(String column) {
        return isName(column) ? column + "_id" : column;
    }

    static boolean hasColumn(String tag) {
        return COLUMN_TAGS.contains(tag);
    }

    /** {@code sum(uncached_input) AS uncached_input, …} in bucket order. */
    static String bucketSums() {
        return UsageBucket.all().stream().map(b -> "sum(" + b.key() + ") AS " + b.key()).collect(Collectors.joining(", "));
    }

    /** The buckets' columns, each after {@code prefix}, in bucket order: {@code g.uncached_input, g.cache_read, …}. */
    static String bucketColumns(String prefix) {
        return UsageBucket.all().stream().map(b -> prefix + b.key()).collect(Collectors.joining(", "));
    }

    private static boolean[] nameTags() {
        boolean[] names = new boolean[COLUMN_TAGS.size()];
        for (int t = 0; t < names.length; t++) {
            names[t] = isName(tagColumn(COLUMN_TAGS.get(t)));
        }
        return names;
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
