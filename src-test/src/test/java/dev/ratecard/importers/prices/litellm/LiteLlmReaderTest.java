package dev.ratecard.importers.prices.litellm;

import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.Fixtures;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.ReadContext;
import dev.ratecard.importers.prices.read.SheetInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static dev.ratecard.importers.model.UsageBucket.CACHE_READ;
import static dev.ratecard.importers.model.UsageBucket.CACHE_WRITE_1H;
import static dev.ratecard.importers.model.UsageBucket.CACHE_WRITE_5M;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.REASONING;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static dev.ratecard.importers.prices.Fixtures.assertSameAmount;
import static dev.ratecard.importers.prices.Fixtures.entry;
import static dev.ratecard.importers.prices.Fixtures.rejected;
import static dev.ratecard.importers.prices.Fixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiteLlmReaderTest {
    private static final ReadContext DATED = ReadContext.NONE.withAsOf(LocalDate.of(2026, 7, 24));
    private final LiteLlmReader reader = new LiteLlmReader();

    private PriceSheetRead core() throws Exception {
        return reader.read(new SheetInput("core_models.json", resource("litellm/core_models.json"), ReadContext.NONE));
    }

    private PriceSheetRead read(String json) throws Exception {
        return Fixtures.read(reader, "prices.json", json, DATED);
    }

    @Test
    void pricesClaudeSonnet45AsAnthropicPublishesIt() throws Exception {
        // platform.claude.com/docs/en/about-claude/pricing: Sonnet 4.5 $3 / $15 per MTok; prompts over 200K
        // tokens $6 / $22.50; 1-hour cache writes 2 x input = $6 (over 200K: $12); 5-minute writes $3.75.
        PriceEntry sonnet = entry(core(), "claude-sonnet-4-5");
        assertSameAmount("3", sonnet.rates().perMillion(UNCACHED_INPUT));
        assertSameAmount("15", sonnet.rates().perMillion(OUTPUT_TEXT));
        assertSameAmount("3.75", sonnet.rates().perMillion(CACHE_WRITE_5M));
        assertSameAmount("6", sonnet.rates().perMillion(CACHE_WRITE_1H));
        ContextTier above200k = sonnet.tiers().get(0);
        assertSameAmount("6", above200k.rates().perMillion(UNCACHED_INPUT));
        assertSameAmount("22.50", above200k.rates().perMillion(OUTPUT_TEXT));
        assertSameAmount("12", above200k.rates().perMillion(CACHE_WRITE_1H));
        // LiteLLM's above_200k is strict: a 200,000-token prompt is still at the base rate.
        assertFalse(above200k.appliesTo(200_000));
        assertTrue(above200k.appliesTo(200_001));
    }

    @Test
    void switchesEveryGpt56BucketAbove272kTokens() throws Exception {
        // gpt-5.6 above 272K: input 1e-05, output 4.5e-05, cache read 1e-06, cache write 1.25e-05 per token.
        PriceEntry gpt = entry(core(), "gpt-5.6");
        ContextTier tier = gpt.tiers().get(0);
        assertEquals(272_000, tier.threshold());
        assertEquals(ContextTier.Comparison.GREATER_THAN, tier.comparison());
        assertFalse(tier.appliesTo(272_000));
        assertTrue(tier.appliesTo(272_001));
        assertSameAmount("10", tier.rates().perMillion(UNCACHED_INPUT));
        assertSameAmount("45", tier.rates().perMillion(OUTPUT_TEXT));
        assertSameAmount("1", tier.rates().perMillion(CACHE_READ));
        assertSameAmount("12.5", tier.rates().perMillion(CACHE_WRITE_5M));
        // Flex is half the standard input price (5 / 2 = 2.5), priority double (5 x 2 = 10).
        assertSameAmount("2.5", gpt.serviceTiers().get("flex").perMillion(UNCACHED_INPUT));
        assertSameAmount("10", gpt.serviceTiers().get("priority").perMillion(UNCACHED_INPUT));
        assertSameAmount("1.1", gpt.regions().get("eu").multiplier());
    }

    @Test
    void putsQwenPlusPromptsOfExactly256000TokensInTheLowerTier() throws Exception {
        // Alibaba Model Studio, qwen-plus: 0 < tokens <= 256K at $0.4 / $1.2 per 1M, 256K < tokens <= 1M at
        // $1.2 / $3.6; LiteLLM's range_start < n <= range_end says the same.
        PriceEntry qwen = entry(core(), "dashscope/qwen-plus-2025-07-28");
        ContextTier upper = qwen.tiers().get(0);
        assertFalse(upper.appliesTo(256_000));
        assertTrue(upper.appliesTo(256_001));
        assertSameAmount("0.4", qwen.rates().perMillion(UNCACHED_INPUT));
        assertSameAmount("1.2", qwen.rates().perMillion(OUTPUT_TEXT));
        assertSameAmount("1.2", upper.rates().perMillion(UNCACHED_INPUT));
        assertSameAmount("3.6", upper.rates().perMillion(OUTPUT_TEXT));
        // The tiers give no cache rate, so LiteLLM bills cache reads at the tier's input rate.
        assertSameAmount("1.2", upper.rates().perMillion(CACHE_READ));
    }

    @Test
    void appliesXaiTiersFromTheThresholdItself() throws Exception {
        // LiteLLM's _INCLUSIVE_THRESHOLD_PROVIDERS = {"xai"}: 200,000 prompt tokens already cost the higher rate.
        ContextTier tier = entry(core(), "xai/grok-4.3").tiers().get(0);
        assertEquals(ContextTier.Comparison.AT_LEAST, tier.comparison());
        assertTrue(tier.appliesTo(200_000));
        assertFalse(tier.appliesTo(199_999));
    }

    @Test
    void givesHalfPriceBatchOnlyToChatModelsOfProvidersWithABatchApi() throws Exception {
        PriceSheetRead read = read("""
                {
                  "claude-x": {"litellm_provider": "anthropic", "mode": "chat", "input_cost_per_token": 3e-06},
                  "qwen-x": {"litellm_provider": "dashscope", "mode": "chat", "input_cost_per_token": 4e-07},
                  "embed-x": {"litellm_provider": "openai", "mode": "embedding", "input_cost_per_token": 2e-08},
                  "gpt-x": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2.5e-06,
                            "input_cost_per_token_batches": 1.25e-06}
                }
                """);
        assertSameAmount("0.5", entry(read, "claude-x").batch().discount());
        assertNull(entry(read, "qwen-x").batch());
        assertNull(entry(read, "embed-x").batch());
        // Explicit batch keys give batch rates; nothing is assumed for the buckets they leave out.
        assertNull(entry(read, "gpt-x").batch().discount());
        assertSameAmount("1.25", entry(read, "gpt-x").batch().rates().perMillion(UNCACHED_INPUT));
    }

    @Test
    void readsAFloatRateExactlyAsWritten() throws Exception {
        // 7.5e-08 per token is $0.075 per 1M; through a double it would be 7.4999999999999997e-08.
        PriceEntry entry = entry(read("""
                {"m": {"litellm_provider": "openai", "input_cost_per_token": 7.5e-08}}
                """), "m");
        assertEquals(0, new BigDecimal("0.000000075").compareTo(entry.rates().get(UNCACHED_INPUT)));
        assertSameAmount("0.075", entry.rates().perMillion(UNCACHED_INPUT));
    }

    @Test
    void readsRatesWrittenAsStringsOrIntegers() throws Exception {
        PriceEntry entry = entry(read("""
                {"m": {"litellm_provider": "custom", "input_cost_per_token": "3e-7", "output_cost_per_token": 0,
                       "input_cost_per_request": "0.005"}}
                """), "m");
        assertSameAmount("0.3", entry.rates().perMillion(UNCACHED_INPUT));
        assertSameAmount("0", entry.rates().get(OUTPUT_TEXT));
        assertSameAmount("0.005", entry.rates().get(UsageBucket.REQUESTS));
    }

    @Test
    void fillsTieredPricingGapsTheWayLiteLlmBillsThem() throws Exception {
        // Tier 1: an explicit 0.0 cache read counts as missing and falls back to the tier's input rate; no output
        // rate, so the model's own 2e-06 applies; reasoning then follows the model's reasoning rate 5e-06.
        // Tier 2: an explicit 0.0 output stays 0 (LiteLLM reads it with `in`, not `or`); reasoning takes the
        // tier's output rate.
        PriceEntry entry = entry(read("""
                {"m": {"litellm_provider": "dashscope", "mode": "chat", "output_cost_per_token": 2e-06,
                       "output_cost_per_reasoning_token": 5e-06,
                       "tiered_pricing": [
                         {"range": [0, 32000.0], "input_cost_per_token": 1e-06, "cache_read_input_token_cost": 0.0},
                         {"range": [32000.0, 128000.0], "input_cost_per_token": 3e-06, "output_cost_per_token": 0.0}
                       ]}}
                """), "m");
        assertSameAmount("1", entry.rates().perMillion(CACHE_READ));
        assertSameAmount("2", entry.rates().perMillion(OUTPUT_TEXT));
        assertSameAmount("5", entry.rates().perMillion(REASONING));
        ContextTier upper = entry.tiers().get(0);
        assertEquals(32_000, upper.threshold());
        assertSameAmount("3", upper.rates().perMillion(CACHE_READ));
        assertSameAmount("0", upper.rates().perMillion(OUTPUT_TEXT));
        assertSameAmount("0", upper.rates().perMillion(REASONING));
    }

    @Test
    void pricesReasoningUnderAServiceTierAtThatTiersOutputRate() throws Exception {
        // LiteLLM's _resolve_reasoning_token_cost: no reasoning_priority key, so the priority output rate
        // (2e-05) prices reasoning, not the standard reasoning rate (1e-05).
        PriceEntry entry = entry(read("""
                {"m": {"litellm_provider": "openai", "output_cost_per_token": 1e-05,
                       "output_cost_per_reasoning_token": 1e-05, "output_cost_per_token_priority": 2e-05}}
                """), "m");
        assertSameAmount("20", entry.serviceTiers().get("priority").perMillion(REASONING));
    }

    @Test
    void skipsABadEntryWithAnErrorNamingItAndKeepsTheRest() throws Exception {
        PriceSheetRead read = read("""
                {
                  "good": {"litellm_provider": "openai", "input_cost_per_token": 1e-06},
                  "negative": {"litellm_provider": "openai", "input_cost_per_token": -1e-06},
                  "wordy": {"litellm_provider": "openai", "output_cost_per_token": "cheap"},
                  "orphan": {"input_cost_per_token": 1e-06},
                  "scalar": 42
                }
                """);
        assertEquals(List.of("good"), read.sheet().entries().stream().map(PriceEntry::model).toList());
        assertTrue(read.hasSkippedEntries());
        List<String> described = read.issues().stream().map(ImportIssue::describe).toList();
        assertEquals(List.of(
                "prices.json:3 $.negative.input_cost_per_token column input_cost_per_token, value \"-0.000001\": "
                        + "negative rate; a rate is never below zero",
                "prices.json:4 $.wordy.output_cost_per_token column output_cost_per_token, value \"cheap\": not a number",
                "prices.json:5 $.orphan.litellm_provider column litellm_provider: missing; this field is required",
                "prices.json:6 $.scalar, value \"42\": an entry must be a JSON object"), described);
    }

    @Test
    void keepsReservedKeysAsSheetFieldsAndDatesTheSheetByLastUpdatedInUtc() throws Exception {
        PriceSheetRead read = reader.read(new SheetInput("prices.json", """
                {
                  "sample_spec": {"input_cost_per_token": 0.0, "litellm_provider": "one of the providers"},
                  "m": {"litellm_provider": "openai", "input_cost_per_token": 1e-06},
                  "fallback_generalizations": {"rules": []},
                  "last_updated": "2026-07-24T23:30:00-02:00"
                }
                """.getBytes(StandardCharsets.UTF_8), ReadContext.NONE));
        assertEquals(List.of("m"), read.sheet().entries().stream().map(PriceEntry::model).toList());
        assertTrue(read.sheet().extra().containsKey("sample_spec"));
        assertTrue(read.sheet().extra().containsKey("fallback_generalizations"));
        // 23:30 at UTC-2 is 01:30 UTC the next day.
        assertEquals(LocalDate.of(2026, 7, 25), read.sheet().provenance().asOf());
        assertEquals("litellm-2026-07-25", read.sheet().id());
    }

    @Test
    void keepsEntriesPricedPerImageWithTheirFieldsAndNoTokenRates() throws Exception {
        PriceEntry dalle = entry(core(), "dall-e-3");
        assertTrue(dalle.rates().isEmpty());
        assertEquals("0.04", dalle.extra().get("input_cost_per_image"));
        assertEquals("image_generation", dalle.mode());
    }

    @Test
    void turnsProviderSpecificMultipliersIntoARegionAndAFastTier() throws Exception {
        // claude-opus-4-7: {"us": 1.1, "fast": 6.0}; fast mode is 6 x standard: $5 x 6 = $30 input, $25 x 6 = $150 output.
        PriceEntry opus = entry(core(), "claude-opus-4-7");
        assertSameAmount("1.1", opus.regions().get("us").multiplier());
        assertSameAmount("30", opus.serviceTiers().get("fast").perMillion(UNCACHED_INPUT));
        assertSameAmount("150", opus.serviceTiers().get("fast").perMillion(OUTPUT_TEXT));
        assertNull(opus.serviceTiers().get("fast").get(UsageBucket.WEB_SEARCH));
    }

    @Test
    void givesGatewayEntriesTheGatewaysRoute() throws Exception {
        PriceEntry viaOpenRouter = entry(core(), "openrouter/anthropic/claude-sonnet-4.5");
        assertEquals("openrouter", viaOpenRouter.provider());
        assertEquals("openrouter", viaOpenRouter.route());
        assertEquals("direct", entry(core(), "claude-sonnet-4-5").route());
    }

    @Test
    void rejectsAFileInWhichNoEntryCanBeRead() {
        // An object of objects without litellm_provider is not LiteLLM's price map: every entry fails, so the file does.
        List<ImportIssue> issues = rejected(() -> read("""
                {"a": {"price": 1}, "b": {"price": 2}}
                """));
        assertEquals(2, issues.size());
        assertEquals("missing; this field is required", issues.get(0).reason());
    }

    @Test
    void rejectsTruncatedJsonNamingWhereItStops() {
        List<ImportIssue> issues = rejected(() -> read("""
                {
                  "gpt-4o": {"litellm_provider": "openai",
                             "input_cost_per_token": 2.5e-06,
                """));
        assertEquals(1, issues.size());
        assertTrue(issues.get(0).reason().startsWith("the JSON ends before it is complete (the file looks truncated)"),
                issues.get(0).reason());
        assertEquals(4, issues.get(0).where().line(), "the line after the last one written, where the text stops");
    }

    @Test
    void rejectsASheetWithNoDateWhenNoneIsGiven() {
        // No last_updated, no date in the context, none in the file name, and no file date for a stream.
        List<ImportIssue> issues = rejected(() -> Fixtures.read(reader, "prices.json",
                "{\"m\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": 1e-06}}", ReadContext.NONE));
        assertEquals("the file states no as-of date and none was given; say when these prices were true",
                issues.get(0).reason());
    }
}
