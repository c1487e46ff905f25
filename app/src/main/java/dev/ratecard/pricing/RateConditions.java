package dev.ratecard.pricing;

/**
 * The conditions a group of usage was priced under, for display beside its cost.
 *
 * @param contextTier e.g. {@code context tier > 200000 prompt tokens}, or {@code null} for the base tier
 * @param timeWindow  the name of the time window the usage fell in, or {@code null}
 * @param serviceTier as the usage stated it, or {@code null}
 * @param region      as the usage stated it, or {@code null}
 */
public record RateConditions(String contextTier, String timeWindow, boolean batch, String serviceTier, String region) {
}
