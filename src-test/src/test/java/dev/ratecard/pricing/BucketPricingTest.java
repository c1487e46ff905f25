package dev.ratecard.pricing;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static dev.ratecard.importers.model.TestRates.rates;
import static dev.ratecard.importers.model.UsageBucket.AUDIO_INPUT;
import static dev.ratecard.importers.model.UsageBucket.AUDIO_OUTPUT;
import static dev.ratecard.importers.model.UsageBucket.CACHE_READ;
import static dev.ratecard.importers.model.UsageBucket.CACHE_WRITE_1H;
import static dev.ratecard.importers.model.UsageBucket.CACHE_WRITE_5M;
import static dev.ratecard.importers.model.UsageBucket.IMAGE_INPUT;
import static dev.ratecard.importers.model.UsageBucket.IMAGE_OUTPUT;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.REASONING;
import static dev.ratecard.importers.model.UsageBucket.REQUESTS;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static dev.ratecard.importers.model.UsageBucket.WEB_SEARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cost = Σ bucket quantity × bucket rate over the disjoint buckets; what has no rate is reported, not zero. */
class BucketPricingTest {

    /** Every bucket has its own rate: per 1M tokens for tokens, per request, per web-search call. */
    private static final PriceEntry EVERY_BUCKET = Prices.entry("acme", "acme-omni", rates(
            UNCACHED_INPUT, "3", CACHE_READ, "0.30", CACHE_WRITE_5M, "3.75", CACHE_WRITE_1H, "6",
            OUTPUT_TEXT, "15", REASONING, "20", AUDIO_INPUT, "40", AUDIO_OUTPUT, "80",
            IMAGE_INPUT, "5", IMAGE_OUTPUT, "30", REQUESTS, "0.005", WEB_SEARCH, "0.01")).build();

    @ParameterizedTest(name = "{0}: {1} × {2} = {3}")
    @CsvSource(textBlock = """
            # bucket,       quantity, rate per 1M or per unit, cost by hand
            UNCACHED_INPUT, 1000,     3,     0.003
            CACHE_READ,     10000,    0.30,  0.003
            CACHE_WRITE_5M, 2000,     3.75,  0.0075
            CACHE_WRITE_1H, 500,      6,     0.003
            OUTPUT_TEXT,    700,      15,    0.0105
            REASONING,      300,      20,    0.006
            AUDIO_INPUT,    100,      40,    0.004
            AUDIO_OUTPUT,   50,       80,    0.004
            IMAGE_INPUT,    200,      5,     0.001
            IMAGE_OUTPUT,   40,       30,    0.0012
            REQUESTS,       3,        0.005, 0.015
            WEB_SEARCH,     2,        0.01,  0.02
            """)
    void pricesEachBucketAtItsOwnRate(UsageBucket bucket, long quantity, String rate, String expected) {
        RecordCost cost = Prices.price(EVERY_BUCKET, UsageRow.of("acme-omni").tokens(REQUESTS, 0).tokens(bucket, quantity));

        BucketLine line = cost.lines().getFirst();
        assertEquals(bucket, line.bucket());
        assertEquals(quantity, line.quantity());
        assertEquals(0, new BigDecimal(rate).compareTo(line.displayRate().orElseThrow()));
        assertEquals(Money.usd(expected), cost.cost());
    }

    @Test
    void sumsAllBucketsOfOneRequest() {
        RecordCost cost = Prices.price(EVERY_BUCKET, UsageRow.of("acme-omni")
                .tokens(UNCACHED_INPUT, 1000).tokens(CACHE_READ, 10_000).tokens(CACHE_WRITE_5M, 2000)
                .tokens(CACHE_WRITE_1H, 500).tokens(OUTPUT_TEXT, 700).tokens(REASONING, 300)
                .tokens(AUDIO_INPUT, 100).tokens(AUDIO_OUTPUT, 50).tokens(IMAGE_INPUT, 200).tokens(IMAGE_OUTPUT, 40)
                .tokens(WEB_SEARCH, 2));

        // 0.003 + 0.003 + 0.0075 + 0.003 + 0.0105 + 0.006 + 0.004 + 0.004 + 0.001 + 0.0012
        //   + 1 request × 0.005 + 2 searches × 0.01 = 0.0682
        assertEquals(Money.usd("0.0682"), cost.cost());
        assertEquals(12, cost.lines().size());
        assertTrue(cost.isComplete());
    }

    @Test
    void reasoningWithoutItsOwnRateIsPricedAtTheOutputRate() {
        PriceEntry noReasoningRate = Prices.entry("acme", "acme-think",
                rates(UNCACHED_INPUT, "3", OUTPUT_TEXT, "15")).build();

        RecordCost cost = Prices.price(noReasoningRate, UsageRow.of("acme-think")
                .tokens(OUTPUT_TEXT, 200).tokens(REASONING, 800));

        // (200 + 800) × $15 / 1M = $0.015: reasoning at the output rate, never on top of it
        assertEquals(Money.usd("0.015"), cost.cost());
        BucketLine reasoning = line(cost, REASONING);
        assertEquals(0, new BigDecimal("0.000015").compareTo(reasoning.rate()));
        assertTrue(reasoning.basis().startsWith("output rate (no reasoning rate)"), reasoning.basis());
    }

    @Test
    void reasoningWithItsOwnRateIgnoresTheOutputRate() {
        RecordCost cost = Prices.price(EVERY_BUCKET, UsageRow.of("acme-omni")
                .tokens(OUTPUT_TEXT, 200).tokens(REASONING, 800).tokens(REQUESTS, 0));

        // 200 × $15/1M + 800 × $20/1M = 0.003 + 0.016 = $0.019
        assertEquals(Money.usd("0.019"), cost.cost());
        assertEquals("list rate", line(cost, REASONING).basis());
    }

    @Test
    void anthropicCacheMultipliersGiveTheWriteRatesOfItsPricingPage() {
        // Anthropic pricing (anthropic.com/pricing, proxy_fees.csv): cache read 0.1×, 5-minute write 1.25×,
        // 1-hour write 2× the $3/1M input rate of Claude Sonnet 4.5 → $0.30, $3.75, $6 per 1M.
        BigDecimal input = new BigDecimal("3");
        PriceEntry sonnet = Prices.entry("anthropic", "claude-sonnet-4-5", rates(
                UNCACHED_INPUT, "3", CACHE_READ, input.multiply(new BigDecimal("0.1")).toPlainString(),
                CACHE_WRITE_5M, input.multiply(new BigDecimal("1.25")).toPlainString(),
                CACHE_WRITE_1H, input.multiply(new BigDecimal("2")).toPlainString(), OUTPUT_TEXT, "15")).build();

        RecordCost cost = Prices.price(sonnet, UsageRow.of("claude-sonnet-4-5").tokens(CACHE_READ, 1_000_000)
                .tokens(CACHE_WRITE_5M, 1_000_000).tokens(CACHE_WRITE_1H, 1_000_000));

        // 1M × 0.30 + 1M × 3.75 + 1M × 6 per 1M = $10.05
        assertEquals(Money.usd("10.05"), cost.cost());
    }

    @Test
    void bucketWithTokensButNoRateIsReportedUnpricedNotAtZero() {
        PriceEntry textOnly = Prices.entry("acme", "acme-text", rates(UNCACHED_INPUT, "3", OUTPUT_TEXT, "15")).build();

        RecordCost cost = Prices.price(textOnly, UsageRow.of("acme-text")
                .tokens(UNCACHED_INPUT, 1000).tokens(AUDIO_INPUT, 500).tokens(WEB_SEARCH, 3));

        // Only the 1,000 input tokens have a rate: 1000 × $3/1M = $0.003. The audio tokens and the three
        // searches are listed without a rate and without a cost, and the result says it is incomplete.
        assertEquals(Money.usd("0.003"), cost.cost());
        assertFalse(cost.isComplete());
        BucketLine audio = line(cost, AUDIO_INPUT);
        assertFalse(audio.isPriced());
        assertTrue(audio.cost().isEmpty());
        PricingNote unpriced = cost.notes().stream().filter(n -> n.flag() == PricingFlag.UNPRICED_USAGE).findFirst()
                .orElseThrow();
        assertEquals("audio_input: 500, web_search: 3", unpriced.detail());
    }

    @Test
    void requestsCostNothingWhereTheSheetListsNoPerRequestFee() {
        PriceEntry noFee = Prices.entry("acme", "acme-text", rates(UNCACHED_INPUT, "3")).build();

        RecordCost cost = Prices.price(noFee, UsageRow.of("acme-text").tokens(UNCACHED_INPUT, 1000));

        // 1000 × $3/1M = $0.003; the one request is shown with "no per-request fee" and the record is complete.
        assertEquals(Money.usd("0.003"), cost.cost());
        assertEquals("no per-request fee", line(cost, REQUESTS).basis());
        assertTrue(cost.isComplete());
    }

    @Test
    void perRequestFeeAndWebSearchCallsAddToTheTokens() {
        // Perplexity's legacy $0.005 per request (LiteLLM input_cost_per_request) and Anthropic's $10 per
        // 1,000 web searches (LiteLLM search_context_cost_per_query 0.01).
        PriceEntry online = Prices.entry("perplexity", "sonar", rates(UNCACHED_INPUT, "1", OUTPUT_TEXT, "1",
                REQUESTS, "0.005", WEB_SEARCH, "0.01")).build();

        RecordCost cost = Prices.price(online, UsageRow.of("sonar").bucketed(java.time.Duration.ofHours(1), 40)
                .tokens(UNCACHED_INPUT, 20_000).tokens(OUTPUT_TEXT, 10_000).tokens(WEB_SEARCH, 25));

        // 30,000 tokens × $1/1M = 0.03; 40 requests × 0.005 = 0.2; 25 searches × 0.01 = 0.25 → $0.48
        assertEquals(Money.usd("0.48"), cost.cost());
    }

    private static BucketLine line(RecordCost cost, UsageBucket bucket) {
        List<BucketLine> lines = cost.lines().stream().filter(l -> l.bucket() == bucket).toList();
        assertEquals(1, lines.size(), () -> "one line for " + bucket + " in " + cost.lines());
        return lines.getFirst();
    }
}
