package dev.ratecard.store;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.TagList;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.Money;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;


/**
 * A usage record in the form it is stored: epoch milliseconds, whole seconds, tags split into columns and
 * JSON, the reported cost in integer nano-units. The dedup key is computed from this form, so that two
 * records that store the same are the same row.
 *
 * @param columnTags values of {@link UsageColumns#COLUMN_TAGS}, in that order, {@code null} where absent
 * @param otherTags  the remaining tags as JSON with sorted keys, or {@code null} if there are none
 */
record UsageRow(long startMs, long periodSeconds, String provider, String model, String route, boolean batch,
                String serviceTier, String region, String[] columnTags, String otherTags, BucketCounts counts,
                Long costNanos, String costCurrency, String costKind, String naturalKey, long line, String pointer) {
    /** How a cost kind is stored, one string each rather than a new one per row. */
    private static final Map<ReportedCost.Kind, String> KIND_NAMES = Arrays.stream(ReportedCost.Kind.values())
            .collect(Collectors.toUnmodifiableMap(kind -> kind, kind -> kind.name().toLowerCase(Locale.ROOT)));

    /**
     * @throws IllegalArgumentException if the record cannot be stored exactly: a period that is not whole
     *                                  seconds, or a reported cost beyond the nano-unit range
     */
    static UsageRow of(UsageRecord record) {
        return of(record, new TagsJsonCache());
    }

    /** As {@link #of(UsageRecord)}, writing the other tags' JSON through {@code tagsJson}. */
    static UsageRow of(UsageRecord record, TagsJsonCache tagsJson) {
        if (record.period().getNano() != 0) {
            throw new IllegalArgumentException("period " + record.period() + " is not a whole number of seconds");
        }
        String[] columnTags = new String[UsageColumns.COLUMN_TAGS.size()];
        // Most rows have one other tag, if any: it becomes a map of one without a list of them.
        Map.Entry<String, String> onlyOther = null;
        TagList others = null;
        for (Map.Entry<String, String> tag : record.tags().entrySet()) {
            int column = UsageColumns.columnTagIndex(tag.getKey());
            if (column >= 0) {
                columnTags[column] = tag.getValue();
            } else if (onlyOther == null && others == null) {
                onlyOther = tag;
            } else {
                if (others == null) {
                    others = new TagList();
                    others.put(onlyOther.getKey(), onlyOther.getValue());
                }
                others.put(tag.getKey(), tag.getValue());
            }
        }
        Map<String, String> otherTags = others != null ? others.toMap()
                : onlyOther != null ? Map.of(onlyOther.getKey(), onlyOther.getValue()) : null;
        ReportedCost cost = record.reportedCost();
        return new UsageRow(record.start().toEpochMilli(), record.period().getSeconds(), record.provider(),
                record.model(), record.route(), record.batch(), record.serviceTier(), record.region(), columnTags,
                otherTags == null ? null : tagsJson.write(otherTags), record.counts(),
                cost == null ? null : nanos(cost), cost == null ? null : cost.currency(),
                cost == null ? null : KIND_NAMES.get(cost.kind()),
                record.naturalKey(), record.source().line(), record.source().pointer());
    }

    /** The end of the row's period, in epoch milliseconds. */
    long endMs() {
        return Math.addExact(startMs, Math.multiplyExact(periodSeconds, 1000L));
    }

    /** Rounded half-even to nano-units, the one rounding {@link Money#toNanos()} allows. */
    private static long nanos(ReportedCost cost) {
        try {
            return new Money(cost.amount(), cost.currency()).toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("reported cost " + cost.amount().toPlainString() + " " + cost.currency()
                    + " is too large to store", e);
        }
    }
}
