package dev.ratecard.importers.prices.litellm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.RegionUplift;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.parse.EntryProblem;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One entry of LiteLLM's price map as a {@link PriceEntry}: base rates, {@code _above_Nk_tokens} context
 * tiers or {@code tiered_pricing} ranges, {@code _priority}/{@code _flex} service tiers, {@code _batches}
 * rates, regional multipliers, per-request and web-search fees. Every field it does not turn into a rate is
 * kept in {@link PriceEntry#extra()} as its JSON text.
 */
final class LiteLlmEntryMapper {
    static final String PROVIDER = "litellm_provider";
    private static final String MODE = "mode";
    private static final String SOURCE = "source";
    private static final String WEB_SEARCH = "search_context_cost_per_query";
    private static final String WEB_SEARCH_SIZE = "search_context_size_medium";
    private static final String PROVIDER_SPECIFIC = "provider_specific_entry";
    private static final String REGIONAL_UPLIFT = "regional_processing_uplift_multiplier_";

    /** What each field name says; LiteLLM's 2,982 entries share 139 field names, so each is parsed once. */
    private final Map<String, Optional<LiteLlmRateKey>> keys = new ConcurrentHashMap<>();

    /** An entry without provenance (the sheet's as-of date may come last in the file) and its warnings. */
    record Mapped(PriceEntry.Builder entry, String citedSource, List<ImportIssue> warnings) {
    }

    Mapped map(String model, JsonNode node, JsonSite site) throws EntryProblem {
        JsonValues.object(node, site, "an entry");
        String provider = JsonValues.requiredText(node, PROVIDER, site);
        JsonNode mode = node.get(MODE);
        Draft draft = new Draft(provider, mode != null && mode.isTextual() ? mode.textValue() : null, site,
                name -> keys.computeIfAbsent(name, LiteLlmRateKey::parse));
        JsonNode tiered = node.get(LiteLlmTieredPricing.FIELD);
        draft.rangeTiers = tiered != null && LiteLlmTieredPricing.isTokenTiers(tiered);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            draft.read(field.getKey(), field.getValue(), false);
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            draft.read(field.getKey(), field.getValue(), true);
        }
        PriceEntry.Builder entry = PriceEntry.builder(provider, model)
                .origin(site.ref())
                .route(LiteLlmPolicies.GATEWAY_ROUTES.getOrDefault(provider, Routes.DIRECT));
        if (draft.mode != null) {
            entry.mode(draft.mode);
        } else if (mode != null) {
            draft.extra.put(MODE, JsonValues.jsonText(mode));
        }
        draft.finish(entry, tiered);
        return new Mapped(entry, draft.citedSource, draft.warnings);
    }

    /** The fields of one entry sorted into rate groups as they are read. */
    private static final class Draft {
        private final String provider;
        private final String mode;
        private final JsonSite site;
        private final Function<String, Optional<LiteLlmRateKey>> keyOf;
        private final Map<UsageBucket, BigDecimal> base = new EnumMap<>(UsageBucket.class);
        private final TreeMap<Long, Map<UsageBucket, BigDecimal>> above = new TreeMap<>();
        private final Map<String, Map<UsageBucket, BigDecimal>> serviceTiers = new LinkedHashMap<>();
        private final Map<UsageBucket, BigDecimal> batch = new EnumMap<>(UsageBucket.class);
        private final Map<String, RegionUplift> regions = new LinkedHashMap<>();
        private final Map<String, BigDecimal> speedMultipliers = new LinkedHashMap<>();
        private final Map<String, String> extra = new LinkedHashMap<>();
        private final List<String> tieredServiceFields = new ArrayList<>();
        private final List<ImportIssue> warnings = new ArrayList<>();
        private boolean rangeTiers;
        private String citedSource;

        Draft(String provider, String mode, JsonSite site, Function<String, Optional<LiteLlmRateKey>> keyOf) {
            this.provider = provider;
            this.mode = mode;
            this.site = site;
            this.keyOf = keyOf;
        }

        /** Reads canonical fields on the first pass and aliases on the second, so that canonical ones win. */
        void read(String name, JsonNode value, boolean aliasPass) throws EntryProblem {
            Optional<LiteLlmRateKey> key = keyOf.apply(name);
            if (key.isPresent()) {
                if (key.get().alias() == aliasPass) {
                    readRate(name, value, key.get());
                }
                return;
            }
            if (aliasPass) {
                return;
            }
            JsonSite at = site.member(name);
            switch (name) {
                case PROVIDER, MODE, LiteLlmTieredPricing.FIELD -> { }
                case SOURCE -> {
                    if (value.isTextual()) {
                        citedSource = value.textValue();
                    } else {
                        extra.put(name, JsonValues.jsonText(value));
                    }
                }
                case WEB_SEARCH -> readWebSearch(value, at);
                case PROVIDER_SPECIFIC -> readProviderSpecific(value, at);
                default -> {
                    if (name.startsWith(REGIONAL_UPLIFT) && !value.isNull()) {
                        String region = name.substring(REGIONAL_UPLIFT.length());
                        putRegion(region, multiplier(value, at), at);
                    } else {
                        extra.put(name, JsonValues.jsonText(value));
                    }
                }
            }
        }

        private void readRate(String name, JsonNode value, LiteLlmRateKey key) throws EntryProblem {
            if (value.isNull()) {
                extra.put(name, JsonValues.jsonText(value));
                return;
            }
            BigDecimal rate = JsonValues.rate(value, site.member(name));
            Map<UsageBucket, BigDecimal> group = groupFor(name, key, value);
            if (group == null) {
                return;
            }
            BigDecimal earlier = group.get(key.bucket());
            if (earlier != null && key.alias()) {
                extra.put(name, JsonValues.jsonText(value));
                if (earlier.compareTo(rate) != 0) {
                    warnings.add(site.member(name).warning(value.toString(), "differs from "
                            + LiteLlmRateKey.BASE_FIELD.get(key.bucket()) + " (" + earlier.toPlainString()
                            + "), which is used"));
                }
                return;
            }
            group.put(key.bucket(), rate);
        }

        /** The rate group a field belongs to, or null when the field was set aside as an "other field". */
        private Map<UsageBucket, BigDecimal> groupFor(String name, LiteLlmRateKey key, JsonNode value) {
            boolean batchRate = LiteLlmRateKey.BATCH.equals(key.variant());
            if (key.hasThreshold() && (key.variant() != null || rangeTiers)) {
                // A price entry has context tiers over the base rates only, not per service tier; and where
                // tiered_pricing exists LiteLLM uses it and ignores the _above_ keys.
                extra.put(name, JsonValues.jsonText(value));
                tieredServiceFields.add(name);
                return null;
            }
            if (key.hasThreshold()) {
                return above.computeIfAbsent(key.threshold(), t -> new EnumMap<>(UsageBucket.class));
            }
            if (batchRate) {
                return batch;
            }
            if (key.variant() != null) {
                return serviceTiers.computeIfAbsent(key.variant(), v -> new EnumMap<>(UsageBucket.class));
            }
            return base;
        }

        private void readWebSearch(JsonNode value, JsonSite at) throws EntryProblem {
            // Kept whole as well: only the medium context size is a Ratecard rate, low and high are information.
            extra.put(WEB_SEARCH, JsonValues.jsonText(value));
            if (!value.isObject()) {
                throw at.problem(value.toString(), "must be an object of search context sizes");
            }
            JsonNode medium = value.get(WEB_SEARCH_SIZE);
            if (medium != null && !medium.isNull()) {
                base.put(UsageBucket.WEB_SEARCH, JsonValues.rate(medium, at.member(WEB_SEARCH_SIZE)));
            }
        }

        private void readProviderSpecific(JsonNode value, JsonSite at) throws EntryProblem {
            if (!value.isObject()) {
                extra.put(PROVIDER_SPECIFIC, JsonValues.jsonText(value));
                return;
            }
            boolean allUsed = true;
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                if (!member.getValue().isNumber()) {
                    // Bedrock Titan reuses the key for settings such as bedrock_invocation_schema.
                    allUsed = false;
                    continue;
                }
                JsonSite memberSite = at.member(member.getKey());
                BigDecimal factor = multiplier(member.getValue(), memberSite);
                if (LiteLlmPolicies.SERVICE_TIER_KEYS.contains(member.getKey())) {
                    speedMultipliers.put(member.getKey(), factor);
                } else {
                    putRegion(member.getKey(), factor, memberSite);
                }
            }
            if (!allUsed) {
                extra.put(PROVIDER_SPECIFIC, JsonValues.jsonText(value));
            }
        }

        private void putRegion(String region, BigDecimal factor, JsonSite at) {
            // LiteLLM applies a region's multiplier to the request's total cost, every token type included
            // (utils.py _get_regional_uplift_multiplier and get_provider_specific_geo_multiplier).
            RegionUplift earlier = regions.putIfAbsent(region, new RegionUplift(factor, true));
            if (earlier != null && earlier.multiplier().compareTo(factor) != 0) {
                warnings.add(at.warning(factor.toPlainString(), "region " + region + " already has multiplier "
                        + earlier.multiplier().toPlainString() + ", which is used"));
            }
        }

        private static BigDecimal multiplier(JsonNode value, JsonSite at) throws EntryProblem {
            BigDecimal factor = JsonValues.decimal(value, at);
            if (factor.signum() <= 0) {
                throw at.problem(value.toString(), "a price multiplier must be above zero");
            }
            return factor;
        }

        void finish(PriceEntry.Builder entry, JsonNode tiered) throws EntryProblem {
            if (tiered != null && rangeTiers) {
                LiteLlmTieredPricing.Mapped mapped =
                        LiteLlmTieredPricing.map(tiered, Rates.of(base), site.member(LiteLlmTieredPricing.FIELD));
                base.putAll(mapped.firstTier().asMap());
                mapped.tiers().forEach(entry::tier);
                if (!mapped.complete()) {
                    extra.put(LiteLlmTieredPricing.FIELD, JsonValues.jsonText(tiered));
                }
            } else if (tiered != null) {
                extra.put(LiteLlmTieredPricing.FIELD, JsonValues.jsonText(tiered));
            }
            Rates baseRates = Rates.of(base);
            entry.rates(baseRates);
            ContextTier.Comparison comparison = LiteLlmPolicies.INCLUSIVE_THRESHOLD_PROVIDERS.contains(provider)
                    ? ContextTier.Comparison.AT_LEAST : ContextTier.Comparison.GREATER_THAN;
            above.forEach((threshold, rates) -> entry.tier(new ContextTier(threshold, comparison,
                    ContextTier.Basis.PROMPT_INCLUDING_CACHE, ContextTier.Scope.WHOLE_REQUEST, Rates.of(rates))));
            serviceTiers.forEach((name, rates) -> entry.serviceTier(name, serviceTierRates(rates, baseRates)));
            speedMultipliers.forEach((name, factor) -> addSpeedTier(entry, name, factor, baseRates));
            regions.forEach(entry::region);
            entry.batch(batchPricing());
            extra.forEach(entry::extra);
            if (!tieredServiceFields.isEmpty()) {
                warnings.add(site.warning(null, (rangeTiers
                        ? "above-threshold rates are ignored where tiered_pricing exists, as LiteLLM does; kept as other fields: "
                        : "service-tier and batch rates above a context threshold cannot be priced; kept as other fields: ")
                        + String.join(", ", tieredServiceFields)));
            }
        }

        /**
         * LiteLLM prices reasoning under a service tier at the tier's reasoning rate, else at the tier's
         * output rate (_resolve_reasoning_token_cost); without this the base reasoning rate would show through.
         */
        private static Rates serviceTierRates(Map<UsageBucket, BigDecimal> rates, Rates base) {
            Map<UsageBucket, BigDecimal> filled = new EnumMap<>(rates);
            if (!filled.containsKey(UsageBucket.REASONING) && filled.containsKey(UsageBucket.OUTPUT_TEXT)
                    && base.has(UsageBucket.REASONING)) {
                filled.put(UsageBucket.REASONING, filled.get(UsageBucket.OUTPUT_TEXT));
            }
            return Rates.of(filled);
        }

        /**
         * {@code provider_specific_entry.fast: 6.0} is Anthropic's fast mode: every token at that multiple of the
         * standard price, prompt-caching prices applying on top of the fast base rates
         * (platform.claude.com/docs/en/build-with-claude/fast-mode; LiteLLM's Anthropic cost calculation
         * multiplies by entry["fast"]). A price entry holds service tiers as rates, not multipliers, so the
         * multiplied token rates are stored; per-request and tool fees are not multiplied.
         */
        private void addSpeedTier(PriceEntry.Builder entry, String name, BigDecimal factor, Rates base) {
            if (serviceTiers.containsKey(name)) {
                warnings.add(site.member(PROVIDER_SPECIFIC).member(name).warning(factor.toPlainString(),
                        "the entry already lists " + name + " rates, which are used"));
                return;
            }
            Rates.Builder multiplied = Rates.builder();
            base.asMap().forEach((bucket, rate) -> {
                if (bucket.isToken()) {
                    multiplied.set(bucket, rate.multiply(factor));
                }
            });
            entry.serviceTier(name, multiplied.build());
        }

        private BatchPricing batchPricing() {
            if (!batch.isEmpty()) {
                return new BatchPricing(Rates.of(batch), null);
            }
            if ("chat".equals(mode) && LiteLlmPolicies.HALF_PRICE_BATCH_PROVIDERS.contains(provider)) {
                return BatchPricing.discount(LiteLlmPolicies.HALF_PRICE_BATCH_DISCOUNT);
            }
            return null;
        }
    }
}
