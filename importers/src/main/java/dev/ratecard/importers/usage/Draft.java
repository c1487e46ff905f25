package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.TagList;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** A record being assembled from one row; {@link ReadSession#emit} turns it into a {@link UsageRecord}. */
final class Draft {
    /** Stands in for the model of rows that do not name one (ungrouped buckets, tool fees), so pricing lists them as unmatched. */
    static final String MODEL_NOT_GIVEN = "(model not given)";

    Instant start;
    Duration period = Duration.ZERO;
    String provider;
    String model;
    String route;
    boolean batch;
    String serviceTier;
    String region;
    ReportedCost cost;
    /** The source's own id for the row, and the field it came from (for duplicate messages). */
    String key;
    String keyField;
    final BucketCounts.Builder counts = BucketCounts.builder();
    private TagList tags;

    Draft(String route) {
        this.route = route;
    }

    Draft provider(String name) {
        provider = name == null || name.isBlank() ? null : name.strip().toLowerCase(Locale.ROOT);
        return this;
    }

    Draft model(String name) {
        model = name == null || name.isBlank() ? MODEL_NOT_GIVEN : name;
        return this;
    }

    Draft key(String field, String value) {
        if (value != null && !value.isBlank()) {
            keyField = field;
            key = value;
        }
        return this;
    }

    /** Adds a tag unless the value is blank. */
    Draft tag(String name, String value) {
        if (value != null && !value.isBlank()) {
            if (tags == null) {
                tags = new TagList();
            }
            tags.put(name, value.strip());
        }
        return this;
    }

    Draft add(UsageBucket bucket, long count) {
        try {
            counts.add(bucket, count);
        } catch (ArithmeticException overflow) {
            throw new RowProblem(bucket.key(), Long.toString(count), "too many " + bucket.key() + " to add up");
        }
        return this;
    }

    /**
     * Between {@code start} and {@code end}, as buckets are written; {@code end} before {@code start} is an error
     * naming {@code endField} and its text as written.
     */
    Draft span(Instant begin, Instant end, String endField, String endText) {
        start = begin;
        if (end != null) {
            if (end.isBefore(begin)) {
                throw new RowProblem(endField, endText, "ends before it starts (" + begin + ")");
            }
            period = Duration.between(begin, end);
        }
        return this;
    }

    /** Service tiers that mean "the default price" are left out, as the record's contract asks. */
    Draft serviceTier(String tier) {
        if (tier == null) {
            serviceTier = null;
            return this;
        }
        String t = tier.strip().toLowerCase(Locale.ROOT);
        serviceTier = t.isEmpty() || t.equals("default") || t.equals("standard") || t.equals("auto") ? null : t;
        return this;
    }

    Draft region(String name) {
        String r = name == null ? null : name.strip();
        region = r == null || r.isEmpty() || r.equalsIgnoreCase("global") ? null : r;
        return this;
    }

    UsageRecord build(SourceRef source) {
        if (start == null) {
            throw new IllegalStateException("a record needs a start time");
        }
        return new UsageRecord(start, period, provider, model == null ? MODEL_NOT_GIVEN : model, route, batch,
                serviceTier, region, tags == null ? null : tags.toMap(), counts.build(), cost, key, source);
    }
}
