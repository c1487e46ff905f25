package dev.ratecard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.usage.ReadSummary;
import dev.ratecard.pricing.BucketLine;
import dev.ratecard.pricing.BucketTotal;
import dev.ratecard.pricing.FeeLine;
import dev.ratecard.pricing.MatchRule;
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

import java.util.Locale;

/**
 * {@code ratecard cost --json}: {@code total_usd} as a decimal string, the per-model lines with their bucket
 * lines, the per-bucket totals, gateway fees, notes and the unmatched models. Exact throughout.
 */
final class CostJson {
    private CostJson() {
    }

    static ObjectNode of(String usageName, CostRun run) {
        PricedUsage priced = run.priced();
        ObjectNode root = JsonOutput.object();
        root.set("usage", usage(usageName, run.read(), priced.rows()));
        root.set("prices", prices(priced.choice()));
        root.put("total_usd", JsonOutput.amount(priced.totalUsd()));
        ObjectNode totals = root.putObject("totals");
        priced.totals().forEach((currency, money) -> totals.put(currency, JsonOutput.amount(money)));
        ObjectNode providers = root.putObject("provider_cost");
        priced.providerCost().forEach((currency, money) -> providers.put(currency, JsonOutput.amount(money)));
        root.put("gateway_fees_usd", JsonOutput.amount(priced.gatewayFees().stream().map(GatewayFees::fees)
                .reduce(Money.ZERO_USD, Money::plus)));
        root.put("complete", priced.isComplete());
        root.put("rows", priced.rows());
        ArrayNode models = root.putArray("models");
        priced.byModel().forEach(model -> models.add(model(model)));
        ArrayNode buckets = root.putArray("buckets");
        priced.byBucket().forEach(total -> buckets.add(bucket(total)));
        ArrayNode fees = root.putArray("gateway_fees");
        priced.gatewayFees().forEach(gateway -> fees.add(fees(gateway)));
        root.set("notes", notes(priced));
        ArrayNode unmatched = root.putArray("unmatched");
        priced.unmatched().forEach(model -> unmatched.add(unmatched(model)));
        return root;
    }

    static ObjectNode usage(String usageName, ReadSummary read, long rows) {
        ObjectNode node = JsonOutput.object();
        node.put("source", read == null ? "workspace" : "file");
        node.put("name", usageName);
        node.put("records", rows);
        if (read != null) {
            node.put("format", read.format().id());
            node.put("rows_read", read.rowsRead());
            node.put("rows_rejected", read.rowsRejected());
            node.put("issue_count", read.issueCount());
            ArrayNode issues = node.putArray("issues");
            read.issues().forEach(issue -> issues.add(JsonOutput.issue(issue)));
        }
        return node;
    }

    private static ObjectNode prices(PriceChoice choice) {
        ObjectNode node = JsonOutput.object();
        switch (choice) {
            case PriceChoice.ByRoute byRoute -> node.put("choice", "by_route");
            case PriceChoice.OneSheet one -> {
                node.put("choice", "sheet");
                node.put("sheet", one.sheet().id());
                node.put("sheet_as_of", one.sheet().asOf().toString());
            }
            case PriceChoice.DirectList direct -> node.put("choice", "direct_list");
        }
        return node;
    }

    private static ObjectNode model(PricedModel model) {
        ModelCost cost = model.cost();
        PriceEntry entry = cost.entry();
        ObjectNode node = JsonOutput.object();
        node.put("provider", entry.provider());
        node.put("model", entry.model());
        node.put("sheet", model.sheet().id());
        node.put("sheet_as_of", model.sheet().asOf().toString());
        node.put("entry_as_of", entry.provenance().asOf().toString());
        node.put("entry_source", entry.provenance().source());
        node.put("cost", JsonOutput.amount(cost.cost()));
        node.put("currency", cost.cost().currency());
        node.put("complete", cost.isComplete());
        node.put("rows", cost.rows());
        node.set("tokens", JsonOutput.counts(cost.counts()));
        ArrayNode names = node.putArray("names");
        for (ModelMatch.Matched match : cost.matches()) {
            ObjectNode name = names.addObject();
            name.put("as_written", match.rawName());
            ArrayNode rules = name.putArray("rules");
            match.rules().forEach(rule -> rules.add(rule.name().toLowerCase(Locale.ROOT)));
            name.put("needs_review", match.rules().stream().anyMatch(MatchRule::needsReview));
        }
        ArrayNode lines = node.putArray("buckets");
        cost.lines().forEach(line -> lines.add(line(line)));
        return node;
    }

    private static ObjectNode line(BucketLine line) {
        ObjectNode node = JsonOutput.object();
        node.put("bucket", line.bucket().key());
        node.put("quantity", line.quantity());
        node.put("rate_per_unit", line.rate() == null ? null : JsonOutput.decimal(line.rate()));
        node.put("display_rate", line.displayRate().map(JsonOutput::decimal).orElse(null));
        node.put("display_unit", line.displayUnit());
        node.put("list_rate_per_unit", line.listRate() == null ? null : JsonOutput.decimal(line.listRate()));
        node.put("cost", line.cost().map(JsonOutput::amount).orElse(null));
        node.put("currency", line.currency());
        node.put("basis", line.basis());
        return node;
    }

    private static ObjectNode bucket(BucketTotal total) {
        ObjectNode node = JsonOutput.object();
        node.put("bucket", total.bucket().key());
        node.put("quantity", total.quantity());
        node.put("unpriced_quantity", total.unpricedQuantity());
        node.put("cost", JsonOutput.amount(total.cost()));
        node.put("currency", total.cost().currency());
        return node;
    }

    private static ObjectNode fees(GatewayFees fees) {
        ObjectNode node = JsonOutput.object();
        node.put("gateway", fees.gateway().id());
        node.put("name", fees.gateway().name());
        node.put("route", fees.route());
        node.put("as_of", fees.gateway().provenance().asOf().toString());
        node.put("source", fees.gateway().provenance().source());
        node.put("fees_usd", JsonOutput.amount(fees.fees()));
        ArrayNode months = node.putArray("months");
        for (MonthlyBill bill : fees.bills()) {
            ObjectNode month = months.addObject();
            month.put("month", bill.month().toString());
            month.put("provider_cost", JsonOutput.amount(bill.providerCost()));
            month.put("gateway_fees", JsonOutput.amount(bill.gatewayFees()));
            month.put("total", JsonOutput.amount(bill.total()));
            month.put("complete", bill.complete());
            ArrayNode steps = month.putArray("steps");
            for (FeeLine line : bill.steps()) {
                ObjectNode step = steps.addObject();
                step.put("step", line.step().name().toLowerCase(Locale.ROOT));
                step.put("amount", JsonOutput.amount(line.amount()));
                step.put("running_total", JsonOutput.amount(line.runningTotal()));
                step.put("explanation", line.explanation());
            }
        }
        return node;
    }

    private static ArrayNode notes(PricedUsage priced) {
        ArrayNode notes = JsonOutput.array();
        for (PricingNote note : priced.notes()) {
            ObjectNode node = notes.addObject();
            node.put("flag", note.flag().name().toLowerCase(Locale.ROOT));
            node.put("detail", note.detail());
            node.put("rows", note.rows());
            node.put("description", note.flag().description());
        }
        return notes;
    }

    private static ObjectNode unmatched(UnpricedModel model) {
        ObjectNode node = JsonOutput.object();
        node.put("model", model.usage().rawName());
        node.put("provider", model.usage().provider());
        node.put("route", model.usage().route());
        node.put("rows", model.usage().rows());
        node.set("tokens", JsonOutput.counts(model.usage().counts()));
        ArrayNode tried = node.putArray("sheets_tried");
        model.sheetsTried().forEach(tried::add);
        node.put("reason", model.reason());
        return node;
    }
}
