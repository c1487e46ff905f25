package dev.ratecard.importers.prices.ratecard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.prices.parse.IssueLog;
import dev.ratecard.importers.prices.parse.JsonFields;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One entry of a Ratecard JSON price sheet (docs/formats/price-sheet.md, "Entry"). */
final class RatecardEntryReader {

    /** What the sheet's top level gives every entry that does not say otherwise. */
    record SheetDefaults(String provider, String route, String currency, String source, LocalDate asOf) {
    }

    /** The entry, or null when anything in it is wrong (every problem is logged). */
    PriceEntry read(JsonNode node, JsonSite site, SheetDefaults defaults, IssueLog issues) {
        JsonFields fields = new JsonFields(node, site, issues);
        if (!fields.ok()) {
            return null;
        }
        String model = fields.text("model", true);
        String provider = fields.text("provider", defaults.provider() == null);
        String route = fields.text("route", false);
        List<String> aliases = aliases(fields);
        String mode = fields.text("mode", false);
        JsonNode ratesNode = fields.required("rates");
        Rates rates = ratesNode == null ? Rates.EMPTY : RatecardRates.read(ratesNode, fields.site("rates"), fields);
        LocalDate effectiveFrom = fields.date("effective_from", false);
        String source = fields.text("source", false);
        LocalDate asOf = fields.date("as_of", false);
        String note = fields.text("note", false);
        PriceEntry.Builder entry = PriceEntry.builder(provider == null ? defaults.provider() : provider,
                        model == null ? "" : model)
                .aliases(aliases)
                .mode(mode)
                .route(route != null ? route : defaults.route() != null ? defaults.route() : Routes.DIRECT)
                .rates(rates)
                .currency(defaults.currency())
                .effectiveFrom(effectiveFrom)
                .origin(site.ref());
        RatecardVariantReader variants = new RatecardVariantReader(fields, entry);
        readIfPresent(fields, "tiers", variants::tiers);
        readIfPresent(fields, "batch", variants::batch);
        readIfPresent(fields, "service_tiers", variants::serviceTiers);
        readIfPresent(fields, "regions", variants::regions);
        readIfPresent(fields, "time_windows", variants::timeWindows);
        fields.unread("").forEach(entry::extra);
        boolean sheetDefaultsMissing = defaults.currency() == null
                || defaults.source() == null && source == null || defaults.asOf() == null && asOf == null;
        if (!fields.ok() || sheetDefaultsMissing) {
            return null;
        }
        return entry.provenance(new Provenance(source != null ? source : defaults.source(),
                asOf != null ? asOf : defaults.asOf(), note)).build();
    }

    private static void readIfPresent(JsonFields fields, String name, Consumer<JsonNode> reader) {
        JsonNode node = fields.node(name);
        if (node != null) {
            reader.accept(node);
        }
    }

    private static List<String> aliases(JsonFields fields) {
        JsonNode node = fields.node("aliases");
        List<String> aliases = new ArrayList<>();
        if (node == null) {
            return aliases;
        }
        if (!node.isArray()) {
            fields.fail(fields.site("aliases").error(node.toString(), "must be an array of model names"));
            return aliases;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonSite at = fields.site("aliases").index(i);
            JsonNode alias = node.get(i);
            String text = fields.attempt(() -> JsonValues.text(alias, at));
            if (text != null) {
                aliases.add(text);
            }
        }
        return aliases;
    }
}
