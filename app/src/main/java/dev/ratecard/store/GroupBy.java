package dev.ratecard.store;

import java.util.Objects;

/**
 * How to group stored usage. Days and months are UTC, as providers bill them, so that a month's sum
 * matches the month's invoice.
 *
 * @param tag the tag's name when grouping by {@link Dimension#TAG}, else {@code null}
 */
public record GroupBy(Dimension dimension, String tag) {
    public enum Dimension { MODEL, PROVIDER, ROUTE, DAY, MONTH, TAG }

    public static final GroupBy MODEL = new GroupBy(Dimension.MODEL, null);
    public static final GroupBy PROVIDER = new GroupBy(Dimension.PROVIDER, null);
    public static final GroupBy ROUTE = new GroupBy(Dimension.ROUTE, null);
    public static final GroupBy DAY = new GroupBy(Dimension.DAY, null);
    public static final GroupBy MONTH = new GroupBy(Dimension.MONTH, null);

    public GroupBy {
        Objects.requireNonNull(dimension, "dimension");
        if ((dimension == Dimension.TAG) != (tag != null)) {
            throw new IllegalArgumentException("a tag name is needed exactly when grouping by tag: " + dimension + ", " + tag);
        }
        if (tag != null && (tag.isBlank() || tag.contains("\"") || tag.contains("\\"))) {
            throw new IllegalArgumentException("not a usable tag name: \"" + tag + "\"");
        }
    }

    public static GroupBy tag(String name) {
        return new GroupBy(Dimension.TAG, name);
    }
}
