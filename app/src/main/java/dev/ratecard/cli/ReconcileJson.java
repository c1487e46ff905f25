package dev.ratecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.workspace.costing.CostComparison;
import dev.ratecard.workspace.costing.Reconciliation;
import dev.ratecard.workspace.costing.ReconciliationLine;
import dev.ratecard.workspace.costing.UnreconciledModel;

import java.util.Locale;

/**
 * {@code ratecard reconcile --json}: money exact as decimal strings; {@code difference_pct} is the difference
 * over the recomputed cost × 100, to 16 significant digits (a quotient rarely ends).
 */
final class ReconcileJson {
    private ReconcileJson() {
    }

    static ObjectNode of(ObjectNode usage, Reconciliation reconciliation) {
        ObjectNode root = JsonOutput.object();
        root.set("usage", usage);
        root.put("rows", reconciliation.rows());
        root.put("rows_without_reported_cost", reconciliation.rowsWithoutReportedCost());
        ArrayNode lines = root.putArray("lines");
        for (ReconciliationLine line : reconciliation.lines()) {
            ObjectNode node = comparison(line.costs());
            node.put("route", line.route());
            node.put("provider", line.entry().provider());
            node.put("model", line.entry().model());
            ArrayNode names = node.putArray("names");
            line.names().forEach(names::add);
            node.put("sheet", line.sheet().id());
            node.put("sheet_as_of", line.sheet().asOf().toString());
            node.put("reported_kind", line.basis().kind().name().toLowerCase(Locale.ROOT));
            node.put("reported_column", line.basis().column());
            node.put("rows", line.rows());
            node.put("recomputed_complete", line.recomputedComplete());
            node.put("compared", line.comparison());
            lines.add(node);
        }
        ObjectNode totals = root.putObject("totals");
        reconciliation.totalsByCurrency().forEach((currency, costs) -> totals.set(currency, comparison(costs)));
        ArrayNode unpriced = root.putArray("not_compared");
        for (UnreconciledModel model : reconciliation.unpriced()) {
            ObjectNode node = unpriced.addObject();
            node.put("route", model.route());
            node.put("provider", model.provider());
            node.put("model", model.model());
            node.put("rows", model.rows());
            node.set("reported", JsonOutput.money(model.reported()));
            node.put("reason", model.reason());
        }
        return root;
    }

    private static ObjectNode comparison(CostComparison costs) {
        ObjectNode node = JsonOutput.object();
        node.set("reported", JsonOutput.money(costs.reported()));
        node.set("recomputed", JsonOutput.money(costs.recomputed()));
        node.put("difference", costs.difference().map(JsonOutput::amount).orElse(null));
        node.put("difference_pct", costs.differencePercent().map(JsonOutput::decimal).orElse(null));
        return node;
    }
}
