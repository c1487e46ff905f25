package dev.ratecard.ui.overview;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.workspace.costing.ReconciliationLine;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * A line of the reconciliation: for one route and model, what the source reported against the same rows at the
 * model provider's direct list price, and the difference as a share of it (through a gateway, its measured markup).
 */
public record ReconciliationRow(String route, String model, long rows, String reported, String recomputed, String difference,
                                String markup, String comparison) {
    public ReconciliationRow {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(recomputed, "recomputed");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(markup, "markup");
        Objects.requireNonNull(comparison, "comparison");
    }

    static ReconciliationRow of(ReconciliationLine line) {
        String difference = line.costs().difference().map(MoneyFormatter::table).orElse("other currency");
        String markup = line.costs().differencePercent()
                .map(p -> (p.signum() > 0 ? "+" : "") + p.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %")
                .orElse("");
        return new ReconciliationRow(line.route(), line.entry().provider() + " " + line.entry().model(), line.rows(),
                MoneyFormatter.table(line.costs().reported()), MoneyFormatter.table(line.costs().recomputed())
                + (line.recomputedComplete() ? "" : " *"), difference, markup, line.comparison());
    }
}
