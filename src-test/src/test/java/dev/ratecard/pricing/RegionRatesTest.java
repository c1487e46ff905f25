package dev.ratecard.pricing;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.RegionUplift;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.ratecard.importers.model.TestRates.rates;
import static dev.ratecard.importers.model.UsageBucket.CACHE_READ;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.REQUESTS;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Regional uplift: gpt-5.6 in LiteLLM's map, $5 / $30 / cache read $0.50 per 1M, EU residency ×1.1. Whether
 * cache tokens are uplifted differs between LiteLLM versions, so the sheet says.
 */
class RegionRatesTest {

    private static PriceEntry gpt56(boolean upliftIncludesCache) {
        return Prices.entry("openai", "gpt-5.6", rates(UNCACHED_INPUT, "5", OUTPUT_TEXT, "30", CACHE_READ, "0.50",
                        REQUESTS, "0.001"))
                .region("eu", new RegionUplift(new BigDecimal("1.1"), upliftIncludesCache)).build();
    }

    private static RecordCost price(PriceEntry entry, String region) {
        return Prices.price(entry, UsageRow.of("gpt-5.6").region(region)
                .tokens(UNCACHED_INPUT, 1_000_000).tokens(CACHE_READ, 1_000_000).tokens(OUTPUT_TEXT, 100_000));
    }

    @Test
    void upliftIncludingCacheMultipliesEveryTokenBucket() {
        // (5 + 0.5 + 3) × 1.1 = 9.35 for the tokens; the request fee is not uplifted: + 0.001
        assertEquals(Money.usd("9.351"), price(gpt56(true), "eu").cost());
    }

    @Test
    void upliftExcludingCacheLeavesCacheReadsAtTheirRate() {
        // 5 × 1.1 + 0.5 + 3 × 1.1 = 5.5 + 0.5 + 3.3 = 9.3, + 0.001 per request
        assertEquals(Money.usd("9.301"), price(gpt56(false), "eu").cost());
    }

    @Test
    void usageWithoutARegionPaysTheGlobalRates() {
        // 5 + 0.5 + 3 + 0.001 = 8.501
        assertEquals(Money.usd("8.501"), price(gpt56(true), null).cost());
    }

    @Test
    void regionTheSheetDoesNotListIsPricedWithoutUpliftAndFlagged() {
        RecordCost cost = price(gpt56(true), "apac");

        assertEquals(Money.usd("8.501"), cost.cost());
        assertEquals(PricingFlag.UNKNOWN_REGION, cost.notes().getFirst().flag());
    }
}
