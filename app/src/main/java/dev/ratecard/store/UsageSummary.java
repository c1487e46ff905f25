package dev.ratecard.store;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.Money;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sums over a set of stored usage rows, exact: counts per bucket, and the cost the sources reported per
 * currency (never converted into one another).
 *
 * @param rows         how many rows were summed
 * @param totals       counts per bucket, including {@link UsageBucket#REQUESTS} and tool calls
 * @param reportedCost the sources' stated costs per currency code, in currency order; empty if none stated
 * @param range        first start to last end, empty when there are no rows
 */
public record UsageSummary(long rows, BucketCounts totals, Map<String, Money> reportedCost, Optional<TimeRange> range) {
    public static final UsageSummary EMPTY = new UsageSummary(0, BucketCounts.ZERO, Map.of(), Optional.empty());

    public UsageSummary {
        if (rows < 0) {
            throw new IllegalArgumentException("rows is negative: " + rows);
        }
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(reportedCost, "reportedCost");
        Objects.requireNonNull(range, "range");
    }

    /** The number of model requests: the {@link UsageBucket#REQUESTS} bucket, which a bucketed row may hold many of. */
    public long requests() {
        return totals.get(UsageBucket.REQUESTS);
    }
}
