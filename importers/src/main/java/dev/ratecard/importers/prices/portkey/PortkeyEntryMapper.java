package dev.ratecard.importers.prices.portkey;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.prices.parse.EntryProblem;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One model of a Portkey {@code pricing/<provider>.json} file as a price entry, in USD. */
final class PortkeyEntryMapper {
    static final String PRICING_CONFIG = "pricing_config";
    private static final String CURRENCY = "currency";
    private static final Set<String> READ_MEMBERS =
            Set.of(PortkeyRates.PAY_AS_YOU_GO, PortkeyRates.FIXED_COST, PortkeyRates.BATCH_CONFIG, CURRENCY);

    sealed interface Result permits Entry, Skipped {
    }

    record Entry(PriceEntry.Builder entry, List<ImportIssue> warnings) implements Result {
    }

    record Skipped(ImportIssue warning) implements Result {
    }

    Result map(String provider, String model, JsonNode node, JsonSite site) throws EntryProblem {
        JsonValues.object(node, site, "a model");
        JsonNode config = node.get(PRICING_CONFIG);
        JsonSite configSite = site.member(PRICING_CONFIG);
        if (config == null || config.isNull()) {
            return new Skipped(configSite.warning(null, model + " is not listed: Portkey gives it no prices"));
        }
        if (!config.isObject()) {
            throw configSite.problem(config.toString(), "must be an object");
        }
        PortkeyRates.Read base = PortkeyRates.read(config, configSite);
        PriceEntry.Builder entry = PriceEntry.builder(provider, model)
                .route(Routes.OPENROUTER.equals(provider) ? Routes.OPENROUTER : Routes.DIRECT)
                .origin(site.ref())
                .rates(base.rates());
        keep(entry, base.unused());
        JsonNode batch = config.get(PortkeyRates.BATCH_CONFIG);
        if (batch != null && batch.isObject()) {
            PortkeyRates.Read batchRates = PortkeyRates.readBatch(batch, configSite.member(PortkeyRates.BATCH_CONFIG));
            entry.batch(new BatchPricing(batchRates.rates(), null));
            keep(entry, batchRates.unused());
        }
        JsonNode currency = config.get(CURRENCY);
        if (currency != null) {
            entry.currency(JsonValues.text(currency, configSite.member(CURRENCY)).toUpperCase(Locale.ROOT));
        }
        for (Map.Entry<String, JsonNode> member : config.properties()) {
            if (!READ_MEMBERS.contains(member.getKey())) {
                entry.extra(PRICING_CONFIG + "." + member.getKey(), JsonValues.jsonText(member.getValue()));
            }
        }
        List<ImportIssue> warnings = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String name = member.getKey();
            if (PortkeyCustomPricing.FIELD.equals(name) && member.getValue().isObject()) {
                warnings.addAll(PortkeyCustomPricing.apply(member.getValue(), site.member(name), base.rates(),
                        batch != null && batch.isObject(), entry));
            }
            if (!PRICING_CONFIG.equals(name)) {
                entry.extra(name, JsonValues.jsonText(member.getValue()));
            }
        }
        return new Entry(entry, warnings);
    }

    private static void keep(PriceEntry.Builder entry, Map<String, JsonNode> unused) {
        unused.forEach((path, value) -> entry.extra(PRICING_CONFIG + "." + path, JsonValues.jsonText(value)));
    }
}
