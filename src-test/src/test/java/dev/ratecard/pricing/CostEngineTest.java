package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.TimeWindowRates;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import static dev.ratecard.importers.model.TestRates.rates;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.REQUESTS;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calls scenarios, the store and the UI make: summed counts for a month, one record, bills per month. */
class CostEngineTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    /** Claude Sonnet 4.5 in LiteLLM's map: $3 / $15 per 1M, $6 / $22.50 above 200k prompt tokens. */
    private static final PriceEntry SONNET = Prices.entry("anthropic", "claude-sonnet-4-5",
                    rates(UNCACHED_INPUT, "3", OUTPUT_TEXT, "15"))
            .tier(new ContextTier(200_000, ContextTier.Comparison.GREATER_THAN, ContextTier.Basis.PROMPT_INCLUDING_CACHE,
                    ContextTier.Scope.WHOLE_REQUEST, rates(UNCACHED_INPUT, "6", OUTPUT_TEXT, "22.50")))
            .build();

    /** OpenRouter by card: 5.5 % per top-up, $0.80 minimum (openrouter.ai/docs/faq). */
    private static final GatewayFeeModel OPENROUTER = new GatewayFeeModel("openrouter-card", "OpenRouter, card", "openrouter",
            Provenance.of("https://openrouter.ai/docs/faq", LocalDate.of(2026, 8, 1)), BigDecimal.ZERO, BigDecimal.ZERO,
            new GatewayFeeModel.TopUpFee(new BigDecimal("0.055"), new BigDecimal("0.80"), "card"), null, List.of(), false, null);

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
                LocalTime.of(6, 0), ZoneOffset.UTC, rates(UNCACHED_INPUT, "1.5"))).build();

        GroupCost month = engine.priceCounts(offPeak, WORKLOAD, UsageConditions.standard(MARCH).withBatch(false));

        assertEquals(Money.usd("225"), month.cost());
        assertTrue(month.notes().stream().anyMatch(n -> n.flag() == PricingFlag.TIME_OF_DAY_UNKNOWN));
    }

    @Test
    void pricesAMonthThroughAGatewayInOneCall() {
        MonthlyBill bill = engine.priceMonth(SONNET, WORKLOAD, UsageConditions.standard(MARCH).withRoute("openrouter"),
                OPENROUTER, FeeSettings.none().withTopUp(new BigDecimal("100")));

        // 225 of tokens bought in $100 top-ups: ⌈2.25⌉ = 3 × max(5.5 % × 100, 0.80) = 16.5 → 241.5
        assertEquals(Money.usd("241.5"), bill.total());
        assertEquals(Money.usd("16.5"), bill.gatewayFees());
    }

    @Test
    void billsEachMonthOfPricedUsage() {
        UsageCost usage = engine.price(List.of(
                UsageRow.of("claude-sonnet-4-5").at("2026-03-05T10:00:00Z").tokens(UNCACHED_INPUT, 100_000).build(),
                UsageRow.of("claude-sonnet-4-5").at("2026-04-05T10:00:00Z").tokens(OUTPUT_TEXT, 100_000).build()),
                Prices.only(SONNET));

        List<MonthlyBill> bills = engine.bill(usage, null, FeeSettings.none().withNegotiatedDiscount(new BigDecimal("0.5")));

        // March 100,000 × 3 / 1M = 0.3, half off = 0.15; April 100,000 × 15 / 1M = 1.5, half off = 0.75
        assertEquals(List.of(Money.usd("0.15"), Money.usd("0.75")), bills.stream().map(MonthlyBill::total).toList());
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
