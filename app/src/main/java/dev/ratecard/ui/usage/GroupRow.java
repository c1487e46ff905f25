package dev.ratecard.ui.usage;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.Money;
import dev.ratecard.workspace.usage.UsageTableRow;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A line of the stored-usage table: the group's key ("(none)" for rows without one), rows, tokens per bucket,
 * requests, the reported cost and the recomputed one (marked {@code *} when some of the group could not be priced).
 *
 * @param recomputedAmount the recomputed cost in dollars, exact, for sorting
 */
public record GroupRow(String key, long rows, long input, long cacheRead, long cacheWrite, long output, long reasoning,
                       long requests, long rowsWithoutRequests, String reported, String recomputed,
                       BigDecimal recomputedAmount, boolean complete) {
    static final String NO_KEY = "(none)";

    public GroupRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(recomputed, "recomputed");
        Objects.requireNonNull(recomputedAmount, "recomputedAmount");
    }

    /**
     * Whether {@link #requests()} counts all of the group's requests. Every stored row stands for at least one
     * request, so rows that count none come from sources that state no request counts (Anthropic's usage report):
     * their zero means "not stated", and a group with any such row has no exact count: its count is a floor when
     * other rows stated theirs ({@link #requestsFloor()}), and not stated at all otherwise.
     */
    public boolean requestsKnown() {
        return rowsWithoutRequests == 0;
    }

    /** Whether {@link #requests()} is a floor: some of the group's rows stated their requests, others none. */
    public boolean requestsFloor() {
        return rowsWithoutRequests > 0 && rowsWithoutRequests < rows;
    }

    static GroupRow of(UsageTableRow row, String label) {
        BucketCounts t = row.totals();
        Money recomputed = row.recomputedUsd();
        return new GroupRow(label, row.rows(),
                Math.addExact(t.get(UsageBucket.UNCACHED_INPUT), Math.addExact(t.get(UsageBucket.AUDIO_INPUT), t.get(UsageBucket.IMAGE_INPUT))),
                t.get(UsageBucket.CACHE_READ), Math.addExact(t.get(UsageBucket.CACHE_WRITE_5M), t.get(UsageBucket.CACHE_WRITE_1H)),
                Math.addExact(t.get(UsageBucket.OUTPUT_TEXT), Math.addExact(t.get(UsageBucket.AUDIO_OUTPUT), t.get(UsageBucket.IMAGE_OUTPUT))),
                t.get(UsageBucket.REASONING), row.requests(), row.rowsWithoutRequests(), reported(row.reported()),
                MoneyFormatter.table(recomputed) + (row.isComplete() ? "" : " *"), recomputed.amount(), row.isComplete());
    }

    static GroupRow of(UsageTableRow row) {
        return of(row, row.key() == null ? NO_KEY : row.key());
    }

    private static String reported(Map<String, Money> byCurrency) {
        return byCurrency.values().stream().map(MoneyFormatter::table).collect(Collectors.joining(" + "));
    }
}
