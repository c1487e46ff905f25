package dev.ratecard.cli;

import dev.ratecard.workspace.costing.CostComparison;
import dev.ratecard.workspace.costing.Reconciliation;
import dev.ratecard.workspace.costing.ReconciliationLine;
import dev.ratecard.workspace.costing.UnreconciledModel;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** {@code ratecard reconcile} for people: per model and route, reported against recomputed, and what that means. */
final class ReconcileText {
    private ReconcileText() {
    }

    static void print(PrintWriter out, String usageLine, Reconciliation reconciliation) {
        out.println("Usage    " + usageLine);
        out.println("Compared " + Display.plural(reconciliation.rows() - reconciliation.rowsWithoutReportedCost(),
                "row", "rows") + " with a reported cost against the same rows at their model provider's direct list"
                + " price; " + Display.count(reconciliation.rowsWithoutReportedCost()) + " without a reported cost are left out");
        if (!reconciliation.lines().isEmpty()) {
            out.println();
            TextTable table = new TextTable().left("route").left("model").right("rows").right("reported")
                    .right("recomputed").right("difference").right("%");
            for (ReconciliationLine line : reconciliation.lines()) {
                table.row(line.route(), line.entry().provider() + " " + line.entry().model(), Display.count(line.rows()),
                        Display.money(line.costs().reported()), Display.money(line.costs().recomputed())
                                + (line.recomputedComplete() ? "" : " (incomplete)"),
                        difference(line.costs()), percent(line.costs()));
            }
            for (Map.Entry<String, CostComparison> total : reconciliation.totalsByCurrency().entrySet()) {
                table.row("total", total.getKey(), "", Display.money(total.getValue().reported()),
                        Display.money(total.getValue().recomputed()), difference(total.getValue()), percent(total.getValue()));
            }
            table.print(out, "  ");
            out.println();
            out.println("What is compared with what");
            for (ReconciliationLine line : reconciliation.lines()) {
                out.println("  " + line.route() + " " + line.entry().model() + ": " + line.comparison()
                        + "; names as written: " + String.join(", ", line.names()));
            }
            out.println("On a gateway route the difference is the effective markup paid over buying direct; on the"
                    + " direct route it should be nothing.");
        }
        if (!reconciliation.unpriced().isEmpty()) {
            out.println();
            out.println("Not compared: no direct list price for these models");
            TextTable table = new TextTable().left("route").left("model").right("rows").right("reported").left("why");
            for (UnreconciledModel model : reconciliation.unpriced()) {
                table.row(model.route(), model.model(), Display.count(model.rows()), Display.money(model.reported()),
                        model.reason());
            }
            table.print(out, "  ");
        }
    }

    static String difference(CostComparison costs) {
        return costs.difference().map(d -> (d.signum() > 0 ? "+" : "") + Display.money(d)).orElse("n/a");
    }

    static String percent(CostComparison costs) {
        return costs.differencePercent().map(p -> {
            BigDecimal rounded = p.setScale(2, RoundingMode.HALF_EVEN);
            return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + "%";
        }).orElse("n/a");
    }
}
