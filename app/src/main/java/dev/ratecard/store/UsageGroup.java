package dev.ratecard.store;

import java.util.Objects;

/**
 * One line of a grouped usage table.
 *
 * @param key     the model, provider, route, tag value, day ({@code 2025-01-31}) or month ({@code 2025-01});
 *                {@code null} for rows that do not say (no provider, no such tag)
 * @param summary the sums over the group's rows
 */
public record UsageGroup(String key, UsageSummary summary) {
    public UsageGroup {
        Objects.requireNonNull(summary, "summary");
    }
}
