package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.TimeWindowRates;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.REQUESTS;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calls scenarios, the store and the UI make: summed counts for a month, one record. */
class CostEngineTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    /** Claude Sonnet 4.5 in LiteLLM's map: $3 / $15 per 1M, $6 / $22.50 above 200k prompt tokens. */
    private static final PriceEntry SONNET = Prices.entry("anthropic", "claude-sonnet-4-5",
                    Prices.rates(UNCACHED_INPUT, "3", OUTPUT_TEXT, "15"))
            .tier(new ContextTier(200_000, ContextTier.Comparison.GREATER_THAN, ContextTier.Basis.PROMPT_INCLUDING_CACHE,
                    ContextTier.Scope.WHOLE_REQUEST, Prices.rates(UNCACHED_INPUT, "6", OUTPUT_TEXT, "22.50")))
            .build();

    private static final BucketCounts WORKLOAD = BucketCounts.builder()
            .set(UNCACHED_INPUT, 50_000_000).set(OUTPUT_TEXT, 5_000_000).set(REQUESTS, 20_000).build();

    private final CostEngine engine = new CostEngine();

    @Test
    void pricesAMonthOfSummedCountsAtTheBaseTierWithAFlag() {
        GroupCost month = engine.priceCounts(SONNET, WORKLOAD, UsageConditions.standard(MARCH));

        // 50M × 3 + 5M × 15 (per 1M) = 150 + 75 = 225; the requests' sizes are unknown, so base tier and a flag
        assertEquals(Money.usd("225"), month.cost());
        assertEquals(MARCH, month.month());
        assertEquals(PricingFlag.CONTEXT_TIER_ASSUMED_BASE, month.notes().getFirst().flag());
    }

    @Test
    void summedCountsOnAnEntryWithTimeWindowsAreFlagged() {
        PriceEntry offPeak = SONNET.toBuilder().timeWindow(new TimeWindowRates("night", null, LocalTime.of(0, 0),
                LocalTime.of(6, 0), ZoneOffset.UTC, Prices.rates(UNCACHED_INPUT, "1.5"))).build();

        GroupCost month = engine.priceCounts(offPeak, WORKLOAD, UsageConditions.standard(MARCH).withBatch(false));

        assertEquals(Money.usd("225"), month.cost());
        assertTrue(month.notes().stream().anyMatch(n -> n.flag() == PricingFlag.TIME_OF_DAY_UNKNOWN));
    }

    @Test
    void recordOfAnUnknownModelIsIncompleteAndKeepsItsTokens() {
        RecordCost cost = engine.priceRecord(UsageRow.of("giant-9b").tokens(UNCACHED_INPUT, 1234).build(), Prices.only(SONNET));

        assertInstanceOf(ModelMatch.Unmatched.class, cost.match());
        assertFalse(cost.isComplete());
        assertTrue(cost.lines().isEmpty());
        assertEquals(1234, cost.usage().unmatchedCounts().get(UNCACHED_INPUT));
    }
}
