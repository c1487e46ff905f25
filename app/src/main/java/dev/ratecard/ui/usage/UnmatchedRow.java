package dev.ratecard.ui.usage;

import dev.ratecard.workspace.costing.UnpricedModel;

import java.util.Objects;

/**
 * A model name no price matched, as the list shows it: the name as written, its provider and route, how many rows
 * and tokens it has (left out of every cost), and why nothing matched.
 */
public record UnmatchedRow(String model, String provider, String route, long rows, long inputTokens, long outputTokens,
                           String reason) {
    public UnmatchedRow {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(reason, "reason");
    }

    static UnmatchedRow of(UnpricedModel unpriced) {
        return new UnmatchedRow(unpriced.usage().rawName(), unpriced.usage().provider() == null ? "" : unpriced.usage().provider(),
                unpriced.usage().route(), unpriced.usage().rows(), unpriced.usage().counts().inputTokens(),
                unpriced.usage().counts().outputTokens(), unpriced.reason());
    }
}
