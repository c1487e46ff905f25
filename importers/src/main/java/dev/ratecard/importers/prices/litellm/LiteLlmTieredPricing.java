package dev.ratecard.importers.prices.litellm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.parse.EntryProblem;
import dev.ratecard.importers.prices.parse.JsonSite;
import dev.ratecard.importers.prices.parse.JsonValues;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * LiteLLM's {@code tiered_pricing} ranges (Dashscope, Volcengine) as context tiers. LiteLLM bills them
 * all-or-nothing: the tier whose {@code range_start < prompt <= range_end} holds prices every token of the
 * request, and a prompt above the top range uses the last tier (tiered_pricing.py {@code select_tier_for_input}
 * @ 044f299a7c78455b4c0289f054c20ab5c008f179). So the first range's rates become the base rates and every
 * later range a whole-request tier strictly above its start. Each tier is filled in the way
 * {@code _get_tiered_base_costs} (utils.py @ 001b531ae960aad3fa38447508d4ce0d05c118c4) resolves it, so
 * that no bucket silently falls back to a base rate LiteLLM would not use.
 */
final class LiteLlmTieredPricing {
    static final String FIELD = "tiered_pricing";

    private static final String INPUT = "input_cost_per_token";
    private static final String OUTPUT = "output_cost_per_token";
    private static final String REASONING = "output_cost_per_reasoning_token";
    private static final String CACHE_READ = "cache_read_input_token_cost";
    private static final String CACHE_WRITE = "cache_creation_input_token_cost";
    private static final String CACHE_WRITE_1H = "cache_creation_input_token_cost_above_1hr";
    private static final Set<String> KNOWN = Set.of("range", INPUT, OUTPUT, REASONING, CACHE_READ, CACHE_WRITE, CACHE_WRITE_1H);

    /** @param complete false when some tier held fields this mapping does not read, so the original is kept */
    record Mapped(Rates firstTier, List<ContextTier> tiers, boolean complete) {
    }

    private record Range(long start, long end, JsonNode tier, JsonSite site) {
    }

    private LiteLlmTieredPricing() {
    }

    /** True when the tiers are ranges of prompt tokens, not e.g. Exa's {@code max_results_range} per search. */
    static boolean isTokenTiers(JsonNode tiered) {
        if (!tiered.isArray()) {
            return false;
        }
        for (JsonNode tier : tiered) {
            if (tier.has("range")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param model the entry's own rates, whose output and reasoning rates stand in where a tier has none
     *              (LiteLLM falls back to the model's output rate, or to zero where there is none; an absent
     *              rate here stays absent, so that such usage is reported rather than priced at zero)
     */
    static Mapped map(JsonNode tiered, Rates model, JsonSite site) throws EntryProblem {
        List<Range> ranges = ranges(tiered, site);
        Rates first = null;
        List<ContextTier> tiers = new ArrayList<>();
        boolean complete = true;
        for (Range range : ranges) {
            Rates rates = resolve(range, model);
            if (first == null) {
                first = rates;
            } else {
                tiers.add(new ContextTier(range.start(), ContextTier.Comparison.GREATER_THAN,
                        ContextTier.Basis.PROMPT_INCLUDING_CACHE, ContextTier.Scope.WHOLE_REQUEST, rates));
            }
            for (Iterator<String> names = range.tier().fieldNames(); names.hasNext(); ) {
                complete &= KNOWN.contains(names.next());
            }
        }
        return new Mapped(first, tiers, complete);
    }

    private static List<Range> ranges(JsonNode tiered, JsonSite site) throws EntryProblem {
        if (tiered.isEmpty()) {
            throw site.problem(JsonValues.sourceText(tiered), "tiered_pricing has no tiers");
        }
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < tiered.size(); i++) {
            JsonSite tierSite = site.index(i);
            JsonNode tier = tiered.get(i);
            JsonNode range = tier.get("range");
            if (!tier.isObject() || range == null || !range.isArray() || range.size() != 2) {
                throw tierSite.problem(JsonValues.sourceText(tier), "a tier needs a \"range\" of two token counts");
            }
            long start = JsonValues.wholeNumber(range.get(0), tierSite.member("range").index(0));
            long end = JsonValues.wholeNumber(range.get(1), tierSite.member("range").index(1));
            if (end <= start) {
                throw tierSite.member("range").problem(range.toString(), "the range ends before it starts");
            }
            if (!tier.has(INPUT)) {
                // LiteLLM drops back to the untiered rates for a prompt landing in such a tier, which a
                // context tier cannot express.
                throw tierSite.problem(JsonValues.sourceText(tier), "a tier without input_cost_per_token cannot be read");
            }
            ranges.add(new Range(start, end, tier, tierSite));
        }
        ranges.sort(Comparator.comparingLong(Range::start));
        long expectedStart = 0;
        for (Range range : ranges) {
            if (range.start() != expectedStart) {
                throw range.site().member("range").problem(range.tier().get("range").toString(),
                        "tiered_pricing ranges must run on from 0 without gaps or overlaps (expected a range starting at "
                                + expectedStart + ")");
            }
            expectedStart = range.end();
        }
        return ranges;
    }

    private static Rates resolve(Range range, Rates model) throws EntryProblem {
        JsonNode tier = range.tier();
        JsonSite site = range.site();
        BigDecimal input = rate(tier, INPUT, site);
        // `tier.get(key) or fallback` in LiteLLM: a missing rate and an explicit 0.0 both fall back.
        BigDecimal write5m = orElse(nonZero(tier, CACHE_WRITE, site), input);
        BigDecimal write1h = orElse(nonZero(tier, CACHE_WRITE_1H, site), write5m);
        BigDecimal read = orElse(nonZero(tier, CACHE_READ, site), input);
        // The output rate is read with `"output_cost_per_token" in tier`, so an explicit 0.0 output stays 0.
        BigDecimal output = tier.has(OUTPUT) ? rate(tier, OUTPUT, site) : model.get(UsageBucket.OUTPUT_TEXT);
        BigDecimal ownReasoning = nonZero(tier, REASONING, site);
        BigDecimal reasoning;
        if (ownReasoning != null) {
            reasoning = ownReasoning;
        } else if (tier.has(OUTPUT)) {
            reasoning = output;
        } else if (tier.has(REASONING)) {
            reasoning = BigDecimal.ZERO;
        } else {
            reasoning = model.get(UsageBucket.REASONING);
        }
        Rates.Builder rates = Rates.builder()
                .set(UsageBucket.UNCACHED_INPUT, input)
                .set(UsageBucket.CACHE_WRITE_5M, write5m)
                .set(UsageBucket.CACHE_WRITE_1H, write1h)
                .set(UsageBucket.CACHE_READ, read);
        putIfPresent(rates, UsageBucket.OUTPUT_TEXT, output);
        putIfPresent(rates, UsageBucket.REASONING, reasoning);
        return rates.build();
    }

    private static void putIfPresent(Rates.Builder rates, UsageBucket bucket, BigDecimal rate) {
        if (rate != null) {
            rates.set(bucket, rate);
        }
    }

    private static BigDecimal rate(JsonNode tier, String field, JsonSite site) throws EntryProblem {
        return JsonValues.rate(tier.get(field), site.member(field));
    }

    private static BigDecimal nonZero(JsonNode tier, String field, JsonSite site) throws EntryProblem {
        JsonNode node = tier.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        BigDecimal rate = JsonValues.rate(node, site.member(field));
        return rate.signum() == 0 ? null : rate;
    }

    private static BigDecimal orElse(BigDecimal value, BigDecimal fallback) {
        return value != null ? value : fallback;
    }
}
