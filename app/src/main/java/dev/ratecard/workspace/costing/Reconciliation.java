package dev.ratecard.workspace.costing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reported costs against recomputed ones, per model and route.
 *
 * @param rows                    every row read
 * @param rowsWithoutReportedCost rows the source stated no cost for, left out of the comparison
 */
public record Reconciliation(List<ReconciliationLine> lines, List<UnreconciledModel> unpriced, long rows,
                             long rowsWithoutReportedCost) {
    public Reconciliation {
        lines = List.copyOf(lines);
        unpriced = List.copyOf(unpriced);
    }

    /** The compared lines added up per currency. */
    public Map<String, CostComparison> totalsByCurrency() {
        Map<String, CostComparison> totals = new TreeMap<>();
        for (ReconciliationLine line : lines) {
            if (line.costs().comparable()) {
                totals.merge(line.costs().reported().currency(), line.costs(), CostComparison::plus);
            }
        }
        return totals;
    }
}
