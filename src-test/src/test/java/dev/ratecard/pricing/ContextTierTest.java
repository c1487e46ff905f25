package dev.ratecard.pricing;

import dev.ratecard.importers.model.UsageRecordBuilder;

import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.ContextTier.Basis;
import dev.ratecard.importers.model.ContextTier.Comparison;
import dev.ratecard.importers.model.ContextTier.Scope;
import dev.ratecard.importers.model.PriceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static dev.ratecard.importers.model.TestRates.rates;
import static dev.ratecard.importers.model.UsageBucket.CACHE_READ;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Context tiers chosen per request by the tier's basis and comparison. Rates are Claude Sonnet 4.5's in
 * LiteLLM's 2026-07-24 map: $3 / $15 / $0.30 per 1M, and $6 / $22.50 / $0.60 above 200k prompt tokens.
 */
class ContextTierTest {

    private static PriceEntry sonnet(Comparison comparison, Basis basis, Scope scope) {
        return Prices.entry("anthropic", "claude-sonnet-4-5",
                        rates(UNCACHED_INPUT, "3", OUTPUT_TEXT, "15", CACHE_READ, "0.30"))
                .tier(new ContextTier(200_000, comparison, basis, scope,
                        rates(UNCACHED_INPUT, "6", OUTPUT_TEXT, "22.50", CACHE_READ, "0.60")))
                .build();
    }

    @ParameterizedTest(name = "{1} prompt tokens, tier {0} 200000 → {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # comparison | prompt | cost by hand | prompt × input rate + 1,000 output × output rate, per 1M
            >            | 200000 | 0.615        | base: 200,000 × 3 + 1,000 × 15 = 0.6 + 0.015
            >            | 200001 | 1.222506     | tier: 200,001 × 6 + 1,000 × 22.5 = 1.200006 + 0.0225
            >=           | 199999 | 0.614997     | base: 199,999 × 3 + 1,000 × 15 = 0.599997 + 0.015
            >=           | 200000 | 1.2225       | tier: 200,000 × 6 + 1,000 × 22.5 = 1.2 + 0.0225
            """)
    void choosesTheTierAtTheExactBoundaryByItsComparison(String comparison, long prompt, String expected,
                                                          String arithmetic) {
        PriceEntry entry = sonnet(Comparison.fromSymbol(comparison), Basis.PROMPT_INCLUDING_CACHE, Scope.WHOLE_REQUEST);

        RecordCost cost = Prices.price(entry, UsageRow.of("claude-sonnet-4-5")
                .tokens(UNCACHED_INPUT, prompt).tokens(OUTPUT_TEXT, 1000));

        assertEquals(Money.usd(expected), cost.cost());
    }

    @Test
    void cacheReadsCountTowardsThePromptWhenTheBasisIncludesThem() {
        PriceEntry includingCache = sonnet(Comparison.GREATER_THAN, Basis.PROMPT_INCLUDING_CACHE, Scope.WHOLE_REQUEST);
        PriceEntry uncachedOnly = sonnet(Comparison.GREATER_THAN, Basis.UNCACHED_INPUT, Scope.WHOLE_REQUEST);
        UsageRecordBuilder request = UsageRow.of("claude-sonnet-4-5")
                .tokens(UNCACHED_INPUT, 150_000).tokens(CACHE_READ, 60_000).tokens(OUTPUT_TEXT, 1000);

        // 150,000 + 60,000 = 210,000 > 200,000: every bucket at the tier's rates, cache too:
        // 150,000 × 6 + 60,000 × 0.6 + 1,000 × 22.5 (per 1M) = 0.9 + 0.036 + 0.0225 = 0.9585
        assertEquals(Money.usd("0.9585"), Prices.price(includingCache, request).cost());
        // Counting uncached input only, 150,000 is under the threshold: 0.45 + 0.018 + 0.015 = 0.483
        assertEquals(Money.usd("0.483"), Prices.price(uncachedOnly, request).cost());
    }

    @Test
    void graduatedTierPricesOnlyThePromptTokensPastTheThreshold() {
        PriceEntry graduated = sonnet(Comparison.GREATER_THAN, Basis.PROMPT_INCLUDING_CACHE, Scope.GRADUATED);
        PriceEntry whole = sonnet(Comparison.GREATER_THAN, Basis.PROMPT_INCLUDING_CACHE, Scope.WHOLE_REQUEST);
        UsageRecordBuilder request = UsageRow.of("claude-sonnet-4-5").tokens(UNCACHED_INPUT, 250_000).tokens(OUTPUT_TEXT, 1000);

        // Graduated: 200,000 × 3 + 50,000 × 6 + output at the base rate 1,000 × 15 = 0.6 + 0.3 + 0.015 = 0.915
        RecordCost cost = Prices.price(graduated, request);
        assertEquals(Money.usd("0.915"), cost.cost());
        assertEquals(List.of(200_000L, 1000L, 1L, 50_000L),
                cost.lines().stream().map(BucketLine::quantity).toList());
        // Whole request: 250,000 × 6 + 1,000 × 22.5 = 1.5 + 0.0225 = 1.5225
        assertEquals(Money.usd("1.5225"), Prices.price(whole, request).cost());
    }

    @Test
    void graduatedTierTakesTheTokensPastTheThresholdFromTheEndOfThePrompt() {
        PriceEntry graduated = sonnet(Comparison.GREATER_THAN, Basis.PROMPT_INCLUDING_CACHE, Scope.GRADUATED);

        RecordCost cost = Prices.price(graduated, UsageRow.of("claude-sonnet-4-5")
                .tokens(CACHE_READ, 180_000).tokens(UNCACHED_INPUT, 40_000));

        // The cached prefix comes first: tokens 1–180,000 are cache reads (base), 180,001–220,000 uncached;
        // 20,000 of those are within the first 200,000 (base), 20,000 are past it (tier):
        // 180,000 × 0.30 + 20,000 × 3 + 20,000 × 6 (per 1M) = 0.054 + 0.06 + 0.12 = 0.234
        assertEquals(Money.usd("0.234"), cost.cost());
    }

    @Test
    void inclusiveGraduatedTierStartsAtTheThresholdToken() {
        PriceEntry graduated = sonnet(Comparison.AT_LEAST, Basis.PROMPT_INCLUDING_CACHE, Scope.GRADUATED);

        RecordCost cost = Prices.price(graduated, UsageRow.of("claude-sonnet-4-5").tokens(UNCACHED_INPUT, 200_000));

        // ">= 200,000": the 200,000th token is in the tier: 199,999 × 3 + 1 × 6 (per 1M) = 0.599997 + 0.000006
        assertEquals(Money.usd("0.600003"), cost.cost());
    }

    @Test
    void picksTheHighestTierTheRequestPasses() {
        // Two OpenRouter-style overrides (min_prompt_tokens 32k and 256k, inclusive), as qwen3.7-flash has.
        PriceEntry twoTiers = Prices.entry("qwen", "qwen3.7-flash", rates(UNCACHED_INPUT, "1", OUTPUT_TEXT, "4"))
                .tier(new ContextTier(32_000, Comparison.AT_LEAST, Basis.PROMPT_INCLUDING_CACHE, Scope.WHOLE_REQUEST,
                        rates(UNCACHED_INPUT, "2")))
                .tier(new ContextTier(256_000, Comparison.AT_LEAST, Basis.PROMPT_INCLUDING_CACHE, Scope.WHOLE_REQUEST,
                        rates(UNCACHED_INPUT, "4")))
                .build();

        // 10,000 × 1 = 0.01; 100,000 × 2 = 0.2; 300,000 × 4 = 1.2 (per 1M). The tiers list no output rate,
        // so 1,000 output tokens stay at the base $4/1M = 0.004 in each.
        assertEquals(Money.usd("0.014"), costOf(twoTiers, 10_000));
        assertEquals(Money.usd("0.204"), costOf(twoTiers, 100_000));
        assertEquals(Money.usd("1.204"), costOf(twoTiers, 300_000));
    }

    @Test
    void usageSummedOverManyRequestsIsPricedAtTheBaseTierAndFlagged() {
        PriceEntry entry = sonnet(Comparison.GREATER_THAN, Basis.PROMPT_INCLUDING_CACHE, Scope.WHOLE_REQUEST);

        RecordCost cost = Prices.price(entry, UsageRow.of("claude-sonnet-4-5").bucketed(Duration.ofDays(1), 10)
                .tokens(UNCACHED_INPUT, 500_000).tokens(OUTPUT_TEXT, 10_000));

        // Ten requests' 500,000 tokens pass 200,000 as a sum, but no single request's size is known:
        // base rates 500,000 × 3 + 10,000 × 15 (per 1M) = 1.5 + 0.15 = 1.65, and a flag says so.
        assertEquals(Money.usd("1.65"), cost.cost());
        PricingNote note = cost.notes().getFirst();
        assertEquals(PricingFlag.CONTEXT_TIER_ASSUMED_BASE, note.flag());
        assertEquals(1, note.rows());
    }

    @Test
    void summedUsageUnderEveryThresholdNeedsNoFlag() {
        PriceEntry entry = sonnet(Comparison.GREATER_THAN, Basis.PROMPT_INCLUDING_CACHE, Scope.WHOLE_REQUEST);

        RecordCost cost = Prices.price(entry, UsageRow.of("claude-sonnet-4-5").bucketed(Duration.ofDays(1), 10)
                .tokens(UNCACHED_INPUT, 150_000));

        // If the sum of ten requests is under 200,000, each of them is: base rates are exact, 150,000 × 3 = 0.45.
        assertEquals(Money.usd("0.45"), cost.cost());
        assertTrue(cost.notes().isEmpty(), cost.notes().toString());
    }

    private static Money costOf(PriceEntry entry, long prompt) {
        return Prices.price(entry, UsageRow.of(entry.model()).tokens(UNCACHED_INPUT, prompt).tokens(OUTPUT_TEXT, 1000)).cost();
    }
}
