package dev.ratecard.pricingdata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hand checks of published prices, read from the bundled sheets as the app would read them. Each names the
 * public figure it checks; where a figure is derived, the arithmetic is in the comment.
 */
class PublishedPriceFiguresTest {
    private final List<Map.Entry<String, JsonNode>> sheets = new BundledData().ratecardSheets();

    private JsonNode entry(String sheetId, String model) {
        return BundledData.priceEntry(sheets, sheetId, model);
    }

    /** A rate at a JSON pointer inside the entry, e.g. {@code /rates/uncached_input}. */
    private BigDecimal rate(String sheetId, String model, String pointer) {
        JsonNode value = entry(sheetId, model).at(pointer);
        if (value.isMissingNode()) {
            throw new AssertionError(sheetId + " " + model + " has nothing at " + pointer);
        }
        return new BigDecimal(value.asText());
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
    }

    @Test
    void gpt4oIsTwoFiftyInTenOutWithCachedInputAtHalf() {
        // openai.com/api/pricing (api_prices.csv): gpt-4o $2.50 / $10.00 per 1M, cached input $1.25.
        assertAmount("2.50", rate("openai", "gpt-4o", "/rates/uncached_input"));
        assertAmount("10.00", rate("openai", "gpt-4o", "/rates/output_text"));
        assertAmount("1.25", rate("openai", "gpt-4o", "/rates/cache_read"));
    }

    @Test
    void gpt4oBatchIsHalfPriceAndItsDatedSnapshotsShareThePrice() {
        // Batch API FAQ: 50 % off; tokencost lists gpt-4o batch at $1.25 / $5.00.
        assertAmount("1.25", rate("openai", "gpt-4o", "/batch/rates/uncached_input"));
        assertAmount("5.00", rate("openai", "gpt-4o", "/batch/rates/output_text"));
        assertAmount("0.5", rate("openai", "gpt-4o", "/batch/discount"));
        assertEquals("gpt-4o-2024-08-06", entry("openai", "gpt-4o").get("aliases").get(0).asText());
    }

    @Test
    void gpt5CachedInputIsNinetyPercentOff() {
        // openai.com/api/pricing: gpt-5 $1.25 in, cached $0.125: 1.25 × (1 − 0.90) = 0.125.
        BigDecimal input = rate("openai", "gpt-5", "/rates/uncached_input");
        assertAmount("1.25", input);
        assertAmount("0.125", rate("openai", "gpt-5", "/rates/cache_read"));
        assertAmount("0.125", input.multiply(new BigDecimal("0.10")));
    }

    @Test
    void gpt56HasItsLongContextTierFlexPriorityAndResidencyUplift() {
        // LiteLLM gpt-5.6 (price-sheets reference §1.2): $5 / $30, above 272k $10 / $45 / read $1 / write $12.50;
        // flex = ½ ($2.50 / $15), priority = 2× ($10 / $60), EU uplift 1.1 on every token.
        JsonNode tier = entry("openai", "gpt-5.6").get("tiers").get(0);
        assertEquals(272000, tier.get("threshold").asLong());
        assertEquals(">", tier.get("comparison").asText());
        assertAmount("10.00", new BigDecimal(tier.at("/rates/uncached_input").asText()));
        assertAmount("45.00", new BigDecimal(tier.at("/rates/output_text").asText()));
        assertAmount("1.00", new BigDecimal(tier.at("/rates/cache_read").asText()));
        assertAmount("12.50", new BigDecimal(tier.at("/rates/cache_write_5m").asText()));
        assertAmount("2.50", rate("openai", "gpt-5.6", "/service_tiers/flex/uncached_input"));
        assertAmount("60.00", rate("openai", "gpt-5.6", "/service_tiers/priority/output_text"));
        assertAmount("1.1", rate("openai", "gpt-5.6", "/regions/eu/multiplier"));
        assertEquals(true, entry("openai", "gpt-5.6").at("/regions/eu/includes_cache").asBoolean());
    }

    @Test
    void claudeSonnet45IsThreeFifteenAndSixTwentyTwoFiftyAbove200k() {
        // anthropic.com/pricing (api_prices.csv): Sonnet 4.5 $3 / $15; >200k prompt tokens $6 / $22.50, strict ">".
        assertAmount("3.00", rate("anthropic", "claude-sonnet-4-5", "/rates/uncached_input"));
        assertAmount("15.00", rate("anthropic", "claude-sonnet-4-5", "/rates/output_text"));
        JsonNode tier = entry("anthropic", "claude-sonnet-4-5").get("tiers").get(0);
        assertEquals(200000, tier.get("threshold").asLong());
        assertEquals(">", tier.get("comparison").asText());
        assertEquals("whole_request", tier.get("scope").asText());
        assertAmount("6.00", new BigDecimal(tier.at("/rates/uncached_input").asText()));
        assertAmount("22.50", new BigDecimal(tier.at("/rates/output_text").asText()));
    }

    @Test
    void anthropicCacheWritesAreOneAndAQuarterAndTwiceInputReadsATenth() {
        // Anthropic prompt caching: 5-minute write 1.25×, 1-hour write 2×, read 0.1× input.
        // Sonnet 4.5: 3 × 1.25 = 3.75, 3 × 2 = 6.00, 3 × 0.1 = 0.30. Opus 4.1: 15 × 1.25 = 18.75.
        assertAmount("3.75", rate("anthropic", "claude-sonnet-4-5", "/rates/cache_write_5m"));
        assertAmount("6.00", rate("anthropic", "claude-sonnet-4-5", "/rates/cache_write_1h"));
        assertAmount("0.30", rate("anthropic", "claude-sonnet-4-5", "/rates/cache_read"));
        assertAmount("18.75", rate("anthropic", "claude-opus-4-1", "/rates/cache_write_5m"));
        assertAmount("0.5", rate("anthropic", "claude-sonnet-4-5", "/batch/discount"));
    }

    @Test
    void opusAndHaikuMatchTheirPublishedPrices() {
        // anthropic.com/pricing (api_prices.csv): Opus 4/4.1 $15 / $75, Opus 4.5+ $5 / $25, Haiku 4.5 $1 / $5.
        assertAmount("75.00", rate("anthropic", "claude-opus-4-1", "/rates/output_text"));
        assertAmount("5.00", rate("anthropic", "claude-opus-4-5", "/rates/uncached_input"));
        assertAmount("25.00", rate("anthropic", "claude-opus-4-7", "/rates/output_text"));
        assertAmount("1.00", rate("anthropic", "claude-haiku-4-5", "/rates/uncached_input"));
        assertAmount("5.00", rate("anthropic", "claude-haiku-4-5", "/rates/output_text"));
    }

    @Test
    void gemini25ProDoublesItsInputAbove200kTokens() {
        // ai.google.dev/gemini-api/docs/pricing (LiteLLM): $1.25 / $10, prompts > 200k $2.50 / $15.
        assertAmount("1.25", rate("gemini", "gemini-2.5-pro", "/rates/uncached_input"));
        assertAmount("10.00", rate("gemini", "gemini-2.5-pro", "/rates/output_text"));
        assertAmount("2.50", rate("gemini", "gemini-2.5-pro", "/tiers/0/rates/uncached_input"));
        assertAmount("15.00", rate("gemini", "gemini-2.5-pro", "/tiers/0/rates/output_text"));
        assertEquals(200000, entry("gemini", "gemini-2.5-pro").at("/tiers/0/threshold").asLong());
    }

    @Test
    void qwenPlusRepricesTheWholeRequestAbove256kTokens() {
        // LiteLLM dashscope/qwen-plus-2025-07-28 (price-sheets reference §1.2): [0, 256000] → 0.40 / 1.20 /
        // reasoning 4.00; (256000, 1000000] → 1.20 / 3.60 / 12.00 per 1M, all-or-nothing.
        assertAmount("0.40", rate("qwen", "qwen-plus-2025-09-11", "/rates/uncached_input"));
        assertAmount("4.00", rate("qwen", "qwen-plus-2025-09-11", "/rates/reasoning"));
        JsonNode tier = entry("qwen", "qwen-plus-2025-09-11").get("tiers").get(0);
        assertEquals(256000, tier.get("threshold").asLong());
        assertEquals("whole_request", tier.get("scope").asText());
        assertAmount("1.20", new BigDecimal(tier.at("/rates/uncached_input").asText()));
        assertAmount("3.60", new BigDecimal(tier.at("/rates/output_text").asText()));
        assertAmount("12.00", new BigDecimal(tier.at("/rates/reasoning").asText()));
    }

    @Test
    void deepSeekV4FlashPeakRatesAreThoseFrom16August2026() {
        // api-docs.deepseek.com (dsh-turn-trace pricing.ts): peak $0.30 / $1.20, cache hit $0.006.
        assertAmount("0.30", rate("deepseek", "deepseek-v4-flash", "/rates/uncached_input"));
        assertAmount("1.20", rate("deepseek", "deepseek-v4-flash", "/rates/output_text"));
        assertAmount("0.006", rate("deepseek", "deepseek-v4-flash", "/rates/cache_read"));
        assertEquals("2026-08-16", entry("deepseek", "deepseek-v4-flash").get("effective_from").asText());
        assertAmount("1.32", rate("deepseek", "deepseek-v4-pro", "/rates/uncached_input"));
        assertAmount("3.96", rate("deepseek", "deepseek-v4-pro", "/rates/output_text"));
    }

    @Test
    void deepSeekOffPeakIsHalfThePeakRateInEveryWindowAndBucket() {
        // From 2026-08-16 off-peak = 50 % of peak: Flash 0.30 → 0.15, 1.20 → 0.60, 0.006 → 0.003.
        for (String model : new String[] {"deepseek-v4-flash", "deepseek-v4-pro"}) {
            JsonNode e = entry("deepseek", model);
            assertEquals(3, e.get("time_windows").size(), model);
            for (JsonNode window : e.get("time_windows")) {
                assertEquals(e.get("rates").size(), window.get("rates").size(), model);
                e.get("rates").properties().forEach(peak -> assertAmount(
                        new BigDecimal(peak.getValue().asText()).divide(BigDecimal.TWO).toPlainString(),
                        new BigDecimal(window.get("rates").get(peak.getKey()).asText())));
            }
        }
        assertAmount("0.15", rate("deepseek", "deepseek-v4-flash", "/time_windows/0/rates/uncached_input"));
        assertAmount("0.60", rate("deepseek", "deepseek-v4-flash", "/time_windows/0/rates/output_text"));
    }

    @Test
    void openModelHostsPriceQwenAndLlamaAsPublished() {
        // Together (getmaxim Bifrost library): Qwen2.5-72B Turbo $1.20 / $1.20; tokencost 2025-09-05: Together
        // Llama-3.3-70B Turbo $0.88, DeepInfra Qwen2.5-72B $0.12 / $0.39, Groq Llama-3.3-70B $0.59 / $0.79,
        // Fireworks Llama-3.1-8B $0.10.
        assertAmount("1.20", rate("together", "Qwen/Qwen2.5-72B-Instruct-Turbo", "/rates/uncached_input"));
        assertAmount("1.20", rate("together", "Qwen/Qwen2.5-72B-Instruct-Turbo", "/rates/output_text"));
        assertAmount("0.88", rate("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo", "/rates/output_text"));
        assertAmount("0.12", rate("deepinfra", "Qwen/Qwen2.5-72B-Instruct", "/rates/uncached_input"));
        assertAmount("0.39", rate("deepinfra", "Qwen/Qwen2.5-72B-Instruct", "/rates/output_text"));
        assertAmount("0.59", rate("groq", "llama-3.3-70b-versatile", "/rates/uncached_input"));
        assertAmount("0.79", rate("groq", "llama-3.3-70b-versatile", "/rates/output_text"));
        assertAmount("0.10", rate("fireworks", "accounts/fireworks/models/llama-v3p1-8b-instruct", "/rates/output_text"));
        assertAmount("0.5", rate("fireworks", "accounts/fireworks/models/llama-v3p1-8b-instruct", "/batch/discount"));
    }

    @Test
    void togethersQwenPriceIsDatedByTheConventionForAYearRange() {
        // The source dates it "2025-2026": as_of is the first day of the latest year named.
        assertEquals("2026-01-01", entry("together", "Qwen/Qwen2.5-72B-Instruct-Turbo").get("as_of").asText());
    }
}
