package dev.ratecard.store;

import java.util.Objects;

/**
 * One line of a grouped usage table.
 *
 * @param key     the model, provider, route, tag value, day ({@code 2025-01-31}) or month ({@code 2025-01});
 *                {@code null} for rows that do not say (no provider, no such tag)
 * @param summary the sums over the group's rows
 * @param rowsWithoutRequests the group's rows that count no request: every stored row is at least one request, so
 *                            their source states none (Anthropic's usage report), and the group's request count is
 *                            then a floor, or unknown when every row is such
 */
public record UsageGroup(String key, UsageSummary summary, long rowsWithoutRequests) {
    public UsageGroup {
        Objects.requireNonNull(summary, "summary");
        if (rowsWithoutRequests < 0 || rowsWithoutRequests > summary.rows()) {
            throw new IllegalArgumentException("rowsWithoutRequests must be 0 to " + summary.rows() + ": " + rowsWithoutRequests);
        }
    }

    /** Whether the request count is every request of the group: each of its rows states its count. */
    public boolean requestsStated() {
        return rowsWithoutRequests == 0;
    }
}
