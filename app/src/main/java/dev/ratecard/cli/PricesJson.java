package dev.ratecard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.TimeWindowRates;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.FeeLine;
import dev.ratecard.pricing.Money;
import dev.ratecard.workspace.prices.BucketDisplay;
import dev.ratecard.workspace.prices.LibrarySheet;
import dev.ratecard.workspace.prices.ReferenceWorkload;
import dev.ratecard.workspace.prices.RouteComparison;
import dev.ratecard.workspace.prices.RouteResult;
import dev.ratecard.workspace.prices.SheetChange;
import dev.ratecard.workspace.prices.SheetDiff;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --json} output of the {@code prices} commands. Figures are decimal strings, exact and unrounded, as
 * in Ratecard's own sheets: token rates per 1M tokens, {@code requests} per request, {@code web_search} per call;
 * money in US dollars unless a {@code currency} says otherwise.
 */
final class PricesJson {
    static final String UNITS = "token rates are per 1M tokens, requests per request, web_search per call";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    void print(PrintWriter out, ObjectNode root) throws IOException {
        out.println(mapper.writeValueAsString(root));
    }

    ObjectNode sheet(LibrarySheet sheet) {
        ObjectNode node = object();
        node.put("id", sheet.id());
        node.put("name", sheet.name());
        node.put("as_of", sheet.asOf().toString());
        node.put("origin", sheet.origin().describe());
        node.put("source", sheet.sheet().provenance().source());
        return node;
    }

    /** An entry's identity and base rates, for lists. */
    ObjectNode summary(PriceEntry entry, LibrarySheet sheet) {
        ObjectNode node = object();
        node.put("sheet", sheet.id());
        node.put("provider", entry.provider());
        node.put("model", entry.model());
        node.put("route", entry.route());
        strings(node.putArray("aliases"), entry.aliases());
        node.put("currency", entry.currency());
        node.set("rates", rates(entry.rates()));
        node.put("tiers", entry.tiers().size());
        node.put("batch", entry.batch() != null);
        node.put("source", entry.provenance().source());
        node.put("as_of", entry.provenance().asOf().toString());
        return node;
    }

    /** Everything the sheet says about the entry. */
    ObjectNode entry(PriceEntry entry, LibrarySheet sheet) {
        ObjectNode node = summary(entry, sheet);
        node.put("mode", entry.mode());
        node.put("effective_from", entry.effectiveFrom() == null ? null : entry.effectiveFrom().toString());
        ArrayNode tiers = node.putArray("tiers");
        for (ContextTier tier : entry.tiers()) {
            ObjectNode t = tiers.addObject();
            t.put("threshold", tier.threshold());
            t.put("comparison", tier.comparison().symbol());
            t.put("basis", tier.basis().name().toLowerCase(Locale.ROOT));
            t.put("scope", tier.scope().name().toLowerCase(Locale.ROOT));
            t.set("rates", rates(tier.rates()));
        }
        if (entry.batch() != null) {
            ObjectNode batch = node.putObject("batch");
            batch.put("discount", plain(entry.batch().discount()));
            batch.set("rates", rates(entry.batch().rates()));
        } else {
            node.putNull("batch");
        }
        ObjectNode serviceTiers = node.putObject("service_tiers");
        entry.serviceTiers().forEach((name, tierRates) -> serviceTiers.set(name, rates(tierRates)));
        ObjectNode regions = node.putObject("regions");
        entry.regions().forEach((name, uplift) -> regions.putObject(name)
                .put("multiplier", plain(uplift.multiplier())).put("includes_cache", uplift.includesCache()));
        ArrayNode windows = node.putArray("time_windows");
        for (TimeWindowRates window : entry.timeWindows()) {
            ObjectNode w = windows.addObject();
            w.put("name", window.name());
            strings(w.putArray("days"), window.days().stream().sorted().map(Enum::name).toList());
            w.put("from", window.from().toString());
            w.put("to", window.to().toString());
            w.put("zone", window.zone().getId());
            w.set("rates", rates(window.rates()));
        }
        ObjectNode extra = node.putObject("other_fields");
        entry.extra().forEach(extra::put);
        ObjectNode provenance = node.putObject("provenance");
        provenance.put("source", entry.provenance().source());
        provenance.put("as_of", entry.provenance().asOf().toString());
        provenance.put("note", entry.provenance().note());
        provenance.put("read_from", entry.origin() == null ? null : entry.origin().toString());
        node.set("sheet", sheet(sheet));
        return node;
    }

    ObjectNode comparison(RouteComparison comparison, LibrarySheet modelSheet) {
        ObjectNode root = object();
        root.set("model", summary(comparison.model(), modelSheet));
        ReferenceWorkload workload = comparison.workload();
        ObjectNode month = root.putObject("workload");
        month.put("tokens_per_month", workload.tokensPerMonth());
        month.put("output_share", plain(workload.outputShare()));
        month.put("cache_hit_share", plain(workload.cacheHitShare()));
        month.put("requests_per_month", workload.requestsPerMonth());
        ArrayNode ranked = root.putArray("ranked");
        int rank = 1;
        for (RouteResult.Priced route : comparison.ranked()) {
            ObjectNode r = route(ranked.addObject(), route);
            r.put("rank", rank++);
            r.put("monthly", money(route.monthly()));
            r.put("per_million_tokens", money(route.perMillion()));
            r.put("gateway_fees", money(route.fees()));
            ArrayNode steps = r.putArray("steps");
            for (FeeLine line : route.bill().steps()) {
                steps.addObject().put("step", line.step().label()).put("amount", money(line.amount()))
                        .put("running_total", money(line.runningTotal())).put("explanation", line.explanation());
            }
            strings(r.putArray("notes"), route.notes());
        }
        ArrayNode notComparable = root.putArray("not_comparable");
        for (RouteResult.NotComparable route : comparison.notComparable()) {
            route(notComparable.addObject(), route).put("reason", route.reason());
        }
        return root;
    }

    ObjectNode diff(SheetDiff diff) {
        ObjectNode root = object();
        root.set("before", summary(diff.before()));
        root.set("after", summary(diff.after()));
        root.put("paired", diff.paired());
        root.put("unchanged", diff.unchanged());
        ArrayNode changes = root.putArray("changes");
        for (SheetChange change : diff.changes()) {
            ObjectNode c = changes.addObject();
            c.put("kind", change.kind().name().toLowerCase(Locale.ROOT));
            c.put("provider", change.provider());
            c.put("model", change.model());
            c.put("route", change.route());
            c.put("part", change.part());
            c.put("bucket", change.bucket() == null ? null : change.bucket().key());
            c.put("unit", change.unit() == null ? null : change.unit().label());
            c.put("before", plain(change.before()));
            c.put("after", plain(change.after()));
            c.put("percent_change", change.percentChange().map(PricesJson::plain).orElse(null));
        }
        return root;
    }

    ObjectNode rates(Rates rates) {
        ObjectNode node = object();
        for (UsageBucket bucket : UsageBucket.all()) {
            BigDecimal rate = BucketDisplay.rate(rates, bucket);
            if (rate != null) {
                node.put(bucket.key(), rate.toPlainString());
            }
        }
        return node;
    }

    private ObjectNode route(ObjectNode node, RouteResult route) {
        node.put("route", route.option().label());
        node.put("via", route.option().route());
        node.put("gateway", route.option().gateway() == null ? null : route.option().gateway().id());
        node.put("sheet", route.option().underlying().sheet().id());
        node.put("provider", route.option().underlying().entry().provider());
        node.put("model", route.option().underlying().entry().model());
        return node;
    }

    private ObjectNode summary(SheetDiff.SheetSummary sheet) {
        return object().put("id", sheet.id()).put("name", sheet.name()).put("as_of", sheet.asOf().toString())
                .put("entries", sheet.entries());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String money(Money money) {
        return plain(money.amount());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
