package dev.ratecard.pricing;

import dev.ratecard.importers.model.UsageRecordBuilder;

import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.PriceEntry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.ratecard.importers.model.TestRates.rates;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch: explicit batch rates per bucket, else the entry's discount, else standard rates and a flag. */
class BatchRatesTest {

    /** One batch request of 1M input and 100k output tokens. */
    private static UsageRecordBuilder batchRequest(String model) {
        return UsageRow.of(model).batch().tokens(UNCACHED_INPUT, 1_000_000).tokens(OUTPUT_TEXT, 100_000);
    }

    @Test
    void explicitBatchRatesWin() {
        // gpt-4o in LiteLLM's map: $2.50 / $10 per 1M, batches $1.25 / $5.
        PriceEntry gpt4o = Prices.entry("openai", "gpt-4o", rates(UNCACHED_INPUT, "2.50", OUTPUT_TEXT, "10"))
                .batch(new BatchPricing(rates(UNCACHED_INPUT, "1.25", OUTPUT_TEXT, "5"), null)).build();

        RecordCost cost = Prices.price(gpt4o, batchRequest("gpt-4o"));

        // 1M × 1.25 + 100k × 5 (per 1M) = 1.25 + 0.5 = 1.75
        assertEquals(Money.usd("1.75"), cost.cost());
        assertEquals("list rate, batch rate", cost.lines().getFirst().basis());
    }

    @Test
    void discountCoversBucketsWithoutAnExplicitBatchRate() {
        // Anthropic's Message Batches API: 50 % off input and output (proxy_fees.csv); here only input has an
        // explicit batch rate, so output takes the discount.
        PriceEntry sonnet = Prices.entry("anthropic", "claude-sonnet-4-5", rates(UNCACHED_INPUT, "3", OUTPUT_TEXT, "15"))
                .batch(new BatchPricing(rates(UNCACHED_INPUT, "1.40"), new BigDecimal("0.5"))).build();

        RecordCost cost = Prices.price(sonnet, batchRequest("claude-sonnet-4-5"));

        // input at its explicit batch rate: 1M × 1.40 = 1.40; output 100k × 15 × (1 − 0.5) = 0.75 → 2.15
        assertEquals(Money.usd("2.15"), cost.cost());
        assertEquals(List.of("list rate, batch rate", "list rate, batch −50%", "no per-request fee"),
                cost.lines().stream().map(BucketLine::basis).toList());
    }

    @Test
    void withoutAnyBatchPriceUsesStandardRatesAndFlagsIt() {
        PriceEntry noBatch = Prices.entry("acme", "acme-1", rates(UNCACHED_INPUT, "3", OUTPUT_TEXT, "15")).build();

        RecordCost cost = Prices.price(noBatch, batchRequest("acme-1"));

        // standard rates: 1M × 3 + 100k × 15 (per 1M) = 3 + 1.5 = 4.5, flagged because the batch price is unknown
        assertEquals(Money.usd("4.5"), cost.cost());
        assertTrue(cost.notes().stream().anyMatch(n -> n.flag() == PricingFlag.BATCH_PRICE_UNKNOWN));
    }

    @Test
    void usageOutsideTheBatchApiPaysStandardRates() {
        PriceEntry sonnet = Prices.entry("anthropic", "claude-sonnet-4-5", rates(UNCACHED_INPUT, "3", OUTPUT_TEXT, "15"))
                .batch(BatchPricing.discount(new BigDecimal("0.5"))).build();

        RecordCost cost = Prices.price(sonnet, UsageRow.of("claude-sonnet-4-5")
                .tokens(UNCACHED_INPUT, 1_000_000).tokens(OUTPUT_TEXT, 100_000));

        // 3 + 1.5 = 4.5: the discount is for batch requests only
        assertEquals(Money.usd("4.5"), cost.cost());
        assertTrue(cost.notes().isEmpty());
    }
}
