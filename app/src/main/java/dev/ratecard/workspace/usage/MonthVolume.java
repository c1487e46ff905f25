package dev.ratecard.workspace.usage;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One calendar month (UTC) of stored usage: its tokens of every kind and its requests.
 *
 * @param rows the stored rows, for tracing; a bucketed row stands for many requests
 * @param rowsWithoutRequests the rows whose source states no request count (Anthropic's usage report): their
 *                            requests are not in {@link #requests()}
 */
public record MonthVolume(YearMonth month, BucketCounts counts, long rows, long rowsWithoutRequests) {
    public MonthVolume {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(counts, "counts");
    }

    public long tokens() {
        return counts.totalTokens();
    }

    /** Model requests as stated; sources that report only token sums (an hourly usage report) add none. */
    public long requests() {
        return counts.get(UsageBucket.REQUESTS);
    }
}
