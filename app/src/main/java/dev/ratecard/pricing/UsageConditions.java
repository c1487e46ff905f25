package dev.ratecard.pricing;

import dev.ratecard.importers.model.Routes;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How usage that is already summed (a scenario's month, a synthetic workload) was bought: the month it is
 * billed in, batch or not, service tier, region and route. Its time of day and per-request prompt sizes are
 * unknown, so it is priced at the base tier and outside time windows, with a flag where that matters.
 */
public record UsageConditions(YearMonth month, boolean batch, String serviceTier, String region, String route) {
    public UsageConditions {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(route, "route");
    }

    /** Direct, standard service, no batch, no region. */
    public static UsageConditions standard(YearMonth month) {
        return new UsageConditions(month, false, null, null, Routes.DIRECT);
    }

    public UsageConditions withBatch(boolean batched) {
        return new UsageConditions(month, batched, serviceTier, region, route);
    }

    public UsageConditions withServiceTier(String tier) {
        return new UsageConditions(month, batch, tier, region, route);
    }

    public UsageConditions withRegion(String regionName) {
        return new UsageConditions(month, batch, serviceTier, regionName, route);
    }

    public UsageConditions withRoute(String routeName) {
        return new UsageConditions(month, batch, serviceTier, region, routeName);
    }
}
