package dev.ratecard.pricing;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A month of provider cost, the fee stack's input, with the amount after each of the stack's first steps.
 *
 * @param listCost     at the sheets' list rates
 * @param adjustedCost after context tier, time window, service tier and region
 * @param cost         after batch pricing: what the provider charges
 * @param requests     requests made in the month (gateways charge and log per request)
 * @param complete     false when some usage of the month was unmatched or unpriced, so the figures are low
 */
public record MonthlyUsageCost(YearMonth month, Money listCost, Money adjustedCost, Money cost, long requests,
                               boolean complete) {
    public MonthlyUsageCost {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(listCost, "listCost");
        Objects.requireNonNull(adjustedCost, "adjustedCost");
        Objects.requireNonNull(cost, "cost");
        if (requests < 0) {
            throw new IllegalArgumentException("requests is negative: " + requests);
        }
    }

    /** A month whose cost is known directly (a scenario's figure): no tier, region or batch step to show. */
    public static MonthlyUsageCost of(YearMonth month, Money cost, long requests) {
        return new MonthlyUsageCost(month, cost, cost, cost, requests, true);
    }
}
