package dev.ratecard.importers.prices.openrouter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.prices.parse.EntryProblem;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;

import java.util.Map;

/**
 * One model of OpenRouter's {@code GET /api/v1/models} list as a price entry on the {@code openrouter}
 * route: the provider from the id's prefix ({@code anthropic/claude-sonnet-4.5} → {@code anthropic}),
 * {@code overrides} as inclusive context tiers, everything else kept as other fields.
 */
final class OpenRouterEntryMapper {
    private static final String ID = "id";
    private static final String CANONICAL_SLUG = "canonical_slug";
    private static final String PRICING = "pricing";
    private static final String OVERRIDES = "overrides";
    private static final String MIN_PROMPT_TOKENS = "min_prompt_tokens";

    /** An entry, or the warning that explains why a model has none. */
    sealed interface Result permits Entry, Skipped {
    }

    record Entry(PriceEntry.Builder entry) implements Result {
    }

    record Skipped(ImportIssue warning) implements Result {
    }

    Result map(JsonNode model, JsonSite site) throws EntryProblem {
        JsonValues.object(model, site, "a model");
        String id = JsonValues.requiredText(model, ID, site);
        JsonSite pricingSite = site.member(PRICING);
        JsonNode pricing = model.get(PRICING);
        if (pricing == null || !pricing.isObject()) {
            throw pricingSite.problem(pricing == null ? null : pricing.toString(), "missing or not an object");
        }
        String varies = OpenRouterPricing.variablePrice(pricing);
        if (varies != null) {
            // The auto router and its kin: the price is whatever the chosen model costs, so there is no rate.
            return new Skipped(pricingSite.member(varies).warning("-1",
                    id + " is not listed: its price varies with the model it routes to"));
        }
        PriceEntry.Builder entry = PriceEntry.builder(providerOf(id), id)
                .route(Routes.OPENROUTER)
                .origin(site.ref())
                .rates(OpenRouterPricing.rates(pricing, pricingSite));
        JsonNode overrides = pricing.get(OVERRIDES);
        if (overrides != null && !overrides.isNull()) {
            readOverrides(overrides, pricingSite.member(OVERRIDES), entry);
        }
        for (Map.Entry<String, JsonNode> member : pricing.properties()) {
            if (!OpenRouterPricing.BUCKETS.containsKey(member.getKey()) && !OVERRIDES.equals(member.getKey())) {
                entry.extra(PRICING + "." + member.getKey(), JsonValues.jsonText(member.getValue()));
            }
        }
        JsonNode slug = model.get(CANONICAL_SLUG);
        if (slug != null && slug.isTextual() && !slug.textValue().equals(id)) {
            entry.alias(slug.textValue());
        }
        for (Map.Entry<String, JsonNode> member : model.properties()) {
            String name = member.getKey();
            if (!ID.equals(name) && !PRICING.equals(name)) {
                entry.extra(name, JsonValues.jsonText(member.getValue()));
            }
        }
        return new Entry(entry);
    }

    private static void readOverrides(JsonNode overrides, JsonSite site, PriceEntry.Builder entry) throws EntryProblem {
        if (!overrides.isArray()) {
            throw site.problem(overrides.toString(), "must be an array of overrides");
        }
        boolean complete = true;
        for (int i = 0; i < overrides.size(); i++) {
            JsonNode override = overrides.get(i);
            JsonSite at = site.index(i);
            JsonNode min = override.get(MIN_PROMPT_TOKENS);
            if (!override.isObject() || min == null) {
                throw at.problem(override.toString(), "an override needs min_prompt_tokens");
            }
            // "min_prompt_tokens" is a minimum: the override applies from that prompt size on (>=).
            entry.tier(new ContextTier(JsonValues.wholeNumber(min, at.member(MIN_PROMPT_TOKENS)),
                    ContextTier.Comparison.AT_LEAST, ContextTier.Basis.PROMPT_INCLUDING_CACHE,
                    ContextTier.Scope.WHOLE_REQUEST, OpenRouterPricing.rates(override, at)));
            for (Map.Entry<String, JsonNode> member : override.properties()) {
                complete &= MIN_PROMPT_TOKENS.equals(member.getKey())
                        || OpenRouterPricing.BUCKETS.containsKey(member.getKey());
            }
        }
        if (!complete) {
            entry.extra(PRICING + "." + OVERRIDES, JsonValues.jsonText(overrides));
        }
    }

    /** {@code anthropic/claude-sonnet-4.5} → {@code anthropic}; {@code ~google/gemini-pro-latest} (a "latest" alias) → {@code google}. */
    static String providerOf(String id) {
        int slash = id.indexOf('/');
        if (slash <= 0) {
            return Routes.OPENROUTER;
        }
        String prefix = id.substring(0, slash);
        return prefix.startsWith("~") && prefix.length() > 1 ? prefix.substring(1) : prefix;
    }
}
