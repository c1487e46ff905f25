package dev.ratecard.scenario;

/** What a line of an option's monthly cost pays for; the breakdown and the charts group by it. */
public enum CostCategory {
    /** Tokens at the provider's rates, after batch and negotiated discounts. */
    TOKENS,
    /** A gateway's markup, per-request, top-up and BYOK fees, and payment or proxy fees. */
    FEES,
    /** Gateway subscriptions and their overage. */
    PLAN,
    /** Rented GPU hours. */
    GPUS,
    /** Owned hardware: the monthly capital charge (annuity or straight-line). */
    CAPITAL,
    POWER,
    COLOCATION,
    MAINTENANCE,
    /** The people who run it: FTE × loaded salary. */
    ENGINEER,
    /** Servers of a self-hosted proxy, monitoring, storage. */
    INFRASTRUCTURE,
    EGRESS,
    /** Any other fixed monthly cost. */
    FIXED;

    /** The name used in JSON output and on screen. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
