package dev.ratecard.cli;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.usage.ReadSummary;
import dev.ratecard.pricing.BucketLine;
import dev.ratecard.pricing.BucketTotal;
import dev.ratecard.pricing.FeeLine;
import dev.ratecard.pricing.FeeStep;
import dev.ratecard.pricing.ModelCost;
import dev.ratecard.pricing.ModelMatch;
import dev.ratecard.pricing.MonthlyBill;
import dev.ratecard.pricing.Money;
import dev.ratecard.pricing.PricingNote;
import dev.ratecard.workspace.costing.CostRun;
import dev.ratecard.workspace.costing.GatewayFees;
import dev.ratecard.workspace.costing.PriceChoice;
import dev.ratecard.workspace.costing.PricedModel;
import dev.ratecard.workspace.costing.PricedUsage;
import dev.ratecard.workspace.costing.UnpricedModel;

import java.io.PrintWriter;
import java.util.stream.Collectors;

/** {@code ratecard cost} for people: the total, then by model with each bucket's rate, by bucket, fees, notes, gaps. */
final class CostText {
    private CostText() {
    }

    static void print(PrintWriter out, String usageName, CostRun run) {
        PricedUsage priced = run.priced();
        out.println("Usage    " + usage(usageName, run.read(), priced.rows()));
        out.println("Prices   " + prices(priced.choice()));
        out.println("Total    " + Display.money(priced.totals()) + total(priced));
        models(out, priced);
        buckets(out, priced);
        fees(out, priced);
        notes(out, priced);
        unmatched(out, priced);
        if (run.read() != null && run.read().issueCount() > 0) {
            out.println();
            out.println("Rows of the file that are in no figure or were read with a warning ("
                    + Display.count(run.read().issueCount()) + ")");
            run.read().issues().stream().limit(ImportText.ISSUES_SHOWN)
                    .forEach(issue -> out.println("  " + FailureHandler.describe(issue)));
        }
    }

    static String usage(String usageName, ReadSummary read, long rows) {
        if (read == null) {
            return usageName + ": " + Display.plural(rows, "stored row", "stored rows");
        }
        return usageName + " (" + read.format().id() + "): " + Display.plural(read.rowsRead(), "row", "rows") + " read, "
                + Display.plural(rows, "record", "records") + " priced"
                + (read.rowsRejected() > 0 ? ", " + Display.count(read.rowsRejected()) + " rows with errors left out" : "");
    }

    static String prices(PriceChoice choice) {
        return switch (choice) {
            case PriceChoice.ByRoute byRoute -> "by route: direct traffic at its provider's own sheet, OpenRouter traffic "
                    + "at OpenRouter's list plus its fees, the LiteLLM catalogue where a sheet lacks a model";
            case PriceChoice.OneSheet one -> "sheet " + one.sheet().id() + " (" + one.sheet().name() + ", as of "
                    + one.sheet().asOf() + "): list prices, no gateway fees";
            case PriceChoice.DirectList direct -> "each model provider's direct list price";
        };
    }

    private static String total(PricedUsage priced) {
        StringBuilder s = new StringBuilder();
        if (!priced.gatewayFees().isEmpty()) {
            s.append("  (providers ").append(Display.money(priced.providerCost())).append(" + gateway fees ")
                    .append(Display.money(priced.gatewayFees().stream().map(GatewayFees::fees)
                            .reduce(Money.ZERO_USD, Money::plus))).append(')');
        }
        if (!priced.isComplete()) {
            s.append("  INCOMPLETE: ").append(priced.unmatched().isEmpty() ? ""
                    : Display.plural(priced.unmatched().size(), "model", "models") + " unmatched ("
                    + Display.plural(priced.unmatchedRows(), "row", "rows") + ")");
            s.append(priced.notes().stream().anyMatch(n -> n.flag() == dev.ratecard.pricing.PricingFlag.UNPRICED_USAGE)
                    ? (priced.unmatched().isEmpty() ? "" : ", ") + "usage without a rate" : "");
            s.append("; not in the total");
        }
        return s.toString();
    }

    private static void models(PrintWriter out, PricedUsage priced) {
        for (PricedModel model : priced.byModel()) {
            ModelCost cost = model.cost();
            PriceEntry entry = cost.entry();
            out.println();
            out.println(entry.provider() + " " + entry.model() + "  " + Display.money(cost.cost()) + "  ("
                    + Display.plural(cost.rows(), "row", "rows") + ")");
            out.println("  price    sheet " + model.sheet().id() + ", entry as of " + entry.provenance().asOf()
                    + ", source " + entry.provenance().source());
            out.println("  names    " + cost.matches().stream().map(CostText::match).collect(Collectors.joining("; ")));
            TextTable lines = new TextTable().left("bucket").right("quantity").right("rate").left("unit")
                    .right("cost").left("rate applied");
            for (BucketLine line : cost.lines()) {
                lines.row(line.bucket().key(), Display.count(line.quantity()),
                        line.displayRate().map(rate -> Display.rate(new Money(rate, line.currency()))).orElse("none"),
                        line.displayUnit(), line.cost().map(Display::money).orElse("unpriced"), line.basis());
            }
            lines.print(out, "  ");
        }
    }

    private static String match(ModelMatch.Matched match) {
        return match.rawName() + " (" + match.rules().stream().map(r -> r.description()).collect(Collectors.joining(", ")) + ")";
    }

    private static void buckets(PrintWriter out, PricedUsage priced) {
        if (priced.byBucket().isEmpty()) {
            return;
        }
        out.println();
        out.println("By bucket");
        TextTable table = new TextTable().left("bucket").right("quantity").right("unpriced").right("cost");
        for (BucketTotal total : priced.byBucket()) {
            table.row(total.bucket().key(), Display.count(total.quantity()), Display.count(total.unpricedQuantity()),
                    Display.money(total.cost()));
        }
        table.print(out, "  ");
    }

    private static void fees(PrintWriter out, PricedUsage priced) {
        for (GatewayFees fees : priced.gatewayFees()) {
            out.println();
            out.println("Gateway fees: " + fees.gateway().name() + " (" + fees.gateway().id() + ", route " + fees.route()
                    + ", as of " + fees.gateway().provenance().asOf() + ")  " + Display.money(fees.fees()));
            for (MonthlyBill bill : fees.bills()) {
                out.println("  " + bill.month() + "  provider cost " + Display.money(bill.providerCost()) + ", fees "
                        + Display.money(bill.gatewayFees()));
                for (FeeLine line : bill.steps()) {
                    if (line.step().ordinal() > FeeStep.NEGOTIATED_DISCOUNT.ordinal() && !line.amount().isZero()) {
                        out.println("    " + line.step().label() + ": " + Display.money(line.amount()) + " = "
                                + line.explanation());
                    }
                }
            }
        }
    }

    private static void notes(PrintWriter out, PricedUsage priced) {
        if (priced.notes().isEmpty()) {
            return;
        }
        out.println();
        out.println("Notes");
        for (PricingNote note : priced.notes()) {
            out.println("  - " + note.describe());
        }
    }

    private static void unmatched(PrintWriter out, PricedUsage priced) {
        if (priced.unmatched().isEmpty()) {
            return;
        }
        out.println();
        out.println("Unmatched models: not priced, not in the total (map them with an alias, or choose a sheet that has them)");
        TextTable table = new TextTable().left("model").left("provider").left("route").right("rows").right("tokens")
                .left("sheets tried");
        for (UnpricedModel model : priced.unmatched()) {
            table.row(model.usage().rawName(), model.usage().provider() == null ? "-" : model.usage().provider(),
                    model.usage().route(), Display.count(model.usage().rows()),
                    Display.count(model.usage().counts().totalTokens()), String.join(", ", model.sheetsTried()));
        }
        table.print(out, "  ");
    }
}
