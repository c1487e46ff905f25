package dev.ratecard.workspace.costing;

import dev.ratecard.importers.model.PriceEntry;

import java.util.List;
import java.util.Objects;

/**
 * For one model and route: what the source reported for its rows, against what the same rows cost at the model
 * provider's direct list price. For gateway traffic the difference is the buyer's measured effective markup over
 * direct pricing; for direct traffic it should be nothing, and is a finding where it is not.
 *
 * @param names              the model names as written that were read as {@code entry}
 * @param rows               rows with a reported cost, all of them recomputed
 * @param recomputedComplete false when a bucket of these rows had no rate, so the recomputed cost is low
 */
public record ReconciliationLine(String route, PriceSource sheet, PriceEntry entry, List<String> names,
                                 ReportedBasis basis, long rows, CostComparison costs, boolean recomputedComplete) {
    public ReconciliationLine {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(costs, "costs");
        names = List.copyOf(names);
    }

    /**
     * What is compared with what, e.g. {@code charged by OpenRouter (cost_total) vs deepseek deepseek-chat at its
     * direct list price (deepseek (2026-08-16))}.
     */
    public String comparison() {
        return basis.describe(route) + " vs " + entry.provider() + " " + entry.model() + " at its direct list price ("
                + sheet.label() + ")";
    }
}
