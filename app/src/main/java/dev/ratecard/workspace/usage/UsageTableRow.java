package dev.ratecard.workspace.usage;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.Money;
import dev.ratecard.workspace.costing.PricedUsage;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One group of stored usage: its rows' tokens per bucket, requests, the cost the sources reported, and the cost
 * Ratecard recomputes for the same rows at the list prices of the route each took (before gateway fees, which are
 * charged on credit purchases rather than per row).
 *
 * @param key        the group's key, or {@code null} for rows that do not say (no provider, no such tag)
 * @param reported   the sources' stated costs per currency, never converted
 * @param recomputed the rows priced: {@link PricedUsage#providerCost()} in US dollars, and what could not be priced
 * @param rowsWithoutRequests the rows that count no request: every stored row is at least one, so their source
 *                            states none, and {@link #requests()} leaves them out
 */
public record UsageTableRow(String key, long rows, BucketCounts totals, Map<String, Money> reported, PricedUsage recomputed,
                            long rowsWithoutRequests) {
    public UsageTableRow {
        Objects.requireNonNull(totals, "totals");
        reported = Map.copyOf(reported);
        Objects.requireNonNull(recomputed, "recomputed");
    }

    public long requests() {
        return totals.get(UsageBucket.REQUESTS);
    }

    /** The reported cost in US dollars, if any row stated one in dollars. */
    public Optional<Money> reportedUsd() {
        return Optional.ofNullable(reported.get(Money.USD));
    }

    /** The recomputed cost in US dollars of what could be priced. */
    public Money recomputedUsd() {
        return recomputed.providerCost().getOrDefault(Money.USD, Money.ZERO_USD);
    }

    /** False when some rows' model matched no price, or some bucket had no rate: the recomputed cost is then low. */
    public boolean isComplete() {
        return recomputed.isComplete();
    }
}
