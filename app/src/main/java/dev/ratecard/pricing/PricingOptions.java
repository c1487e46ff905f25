package dev.ratecard.pricing;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How the engine groups usage.
 *
 * @param billingZone       the zone billing months are counted in; providers and gateways bill by UTC month
 * @param sampleRowsPerGroup how many source rows each priced group keeps for tracing its figures back
 */
public record PricingOptions(ZoneId billingZone, int sampleRowsPerGroup) {
    public PricingOptions {
        Objects.requireNonNull(billingZone, "billingZone");
        if (sampleRowsPerGroup < 0) {
            throw new IllegalArgumentException("sampleRowsPerGroup is negative: " + sampleRowsPerGroup);
        }
    }

    public static PricingOptions defaults() {
        return new PricingOptions(ZoneOffset.UTC, 3);
    }

    public PricingOptions withBillingZone(ZoneId zone) {
        return new PricingOptions(zone, sampleRowsPerGroup);
    }
}
