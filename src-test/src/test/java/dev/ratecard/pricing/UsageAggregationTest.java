package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dev.ratecard.importers.model.TestRates.rates;
import static dev.ratecard.importers.model.UsageBucket.CACHE_READ;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many records: tokens summed per group as longs, one multiplication per group, exact results and traces. */
class UsageAggregationTest {

    /** gpt-4o: $2.50 / $10 / cache read $1.25 per 1M. */
    private static final PriceEntry GPT_4O = Prices.entry("openai", "gpt-4o",
            rates(UNCACHED_INPUT, "2.50", OUTPUT_TEXT, "10", CACHE_READ, "1.25")).build();
    /** gpt-4o-mini: $0.15 / $0.60 per 1M. */
    private static final PriceEntry GPT_4O_MINI = Prices.entry("openai", "gpt-4o-mini",
            rates(UNCACHED_INPUT, "0.15", OUTPUT_TEXT, "0.60")).build();
    private static final ModelMatcher MATCHER = new ModelMatcher(List.of(GPT_4O, GPT_4O_MINI));

    private final CostEngine engine = new CostEngine();

    @Test
    void millionRowsSumToExactlyTheSingleMultiplication() {
        // 1,000,000 rows of 1,000 tokens at $0.075/1M: 1e9 × 0.000000075 = $75 exactly. Summed per row in
        // double arithmetic the same figure drifts (performance-and-reliability.md §7 measured 75.0000000002215…).
        PriceEntry cheap = Prices.entry("acme", "acme-nano", rates(UNCACHED_INPUT, "0.075")).build();
        BucketCounts thousandTokens = BucketCounts.builder().set(UNCACHED_INPUT, 1000).set(UsageBucket.REQUESTS, 1).build();
        UsageAggregation aggregation = engine.aggregate(Prices.only(cheap));
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        double drifting = 0;
        for (int row = 0; row < 1_000_000; row++) {
            aggregation.add(new UsageRecord(start.plusSeconds(row), Duration.ZERO, "acme", "acme-nano", Routes.DIRECT,
                    false, null, null, Map.of(), thousandTokens, null, null, SourceRef.line("big.csv", row + 2L)));
            drifting += 1000 * 0.000000075;
        }

        UsageCost cost = aggregation.finish();

        assertEquals(Money.usd("75"), cost.pricedTotal());
        assertEquals(0, new BigDecimal("75").compareTo(cost.pricedTotal().amount()));
        assertNotEquals(75.0, drifting);
        assertEquals(1, cost.groups().size());
        assertEquals(1_000_000_000L, cost.groups().getFirst().counts().get(UNCACHED_INPUT));
    }

    @Test
    void splitsUsageByBillingMonth() {
        UsageCost cost = engine.price(List.of(
                UsageRow.of("gpt-4o").at("2026-03-10T09:00:00Z").tokens(UNCACHED_INPUT, 400_000).build(),
                UsageRow.of("gpt-4o").at("2026-03-31T23:59:59Z").tokens(UNCACHED_INPUT, 600_000).build(),
                UsageRow.of("gpt-4o").at("2026-04-01T00:00:00Z").tokens(OUTPUT_TEXT, 100_000).build()), MATCHER);

        // March: (400,000 + 600,000) × 2.5 / 1M = 2.5; April: 100,000 × 10 / 1M = 1
        assertEquals(Map.of(YearMonth.of(2026, 3), Money.usd("2.5"), YearMonth.of(2026, 4), Money.usd("1")), cost.byMonth());
        assertEquals(Money.usd("3.5"), cost.pricedTotal());
    }

    @Test
    void billingMonthIsCountedInTheBillingZone() {
        CostEngine tokyo = new CostEngine(PricingOptions.defaults().withBillingZone(ZoneId.of("Asia/Tokyo")));

        UsageCost cost = tokyo.price(List.of(
                UsageRow.of("gpt-4o").at("2026-03-31T23:30:00Z").tokens(UNCACHED_INPUT, 1_000_000).build()), MATCHER);

        // 23:30 UTC on 31 March is 08:30 on 1 April in Tokyo
        assertEquals(YearMonth.of(2026, 4), cost.groups().getFirst().month());
    }

    @Test
    void unmatchedUsageIsListedWithItsTokensAndLeftOutOfTheTotal() {
        UsageCost cost = engine.price(List.of(
                UsageRow.of("gpt-4o").tokens(UNCACHED_INPUT, 1_000_000).line(2).build(),
                UsageRow.of("giant-9b").provider("acme").tokens(UNCACHED_INPUT, 5_000).tokens(OUTPUT_TEXT, 700).line(3).build(),
                UsageRow.of("giant-9b").provider("acme").tokens(UNCACHED_INPUT, 1_000).line(4).build()), MATCHER);

        // Only gpt-4o is priced: 1M × 2.5 / 1M = 2.5. The 6,000 + 700 tokens of giant-9b are reported, not zero.
        assertEquals(Money.usd("2.5"), cost.pricedTotal());
        assertFalse(cost.isComplete());
        UnmatchedModel missing = cost.unmatched().getFirst();
        assertEquals("giant-9b", missing.rawName());
        assertEquals(2, missing.rows());
        assertEquals(6_000, missing.counts().get(UNCACHED_INPUT));
        assertEquals(700, missing.counts().get(OUTPUT_TEXT));
        assertEquals(List.of(SourceRef.line("usage.csv", 3), SourceRef.line("usage.csv", 4)), missing.sampleRows());
        assertEquals(3, cost.rows());
        assertFalse(cost.months().getFirst().complete());
    }

    @Test
    void breakdownByModelMergesNamesOfOneEntryAndListsRates() {
        UsageCost cost = engine.price(List.of(
                UsageRow.of("gpt-4o").tokens(UNCACHED_INPUT, 300_000).build(),
                UsageRow.of("openai/gpt-4o-2024-08-06").tokens(UNCACHED_INPUT, 700_000).tokens(CACHE_READ, 200_000).build(),
                UsageRow.of("gpt-4o-mini").tokens(OUTPUT_TEXT, 1_000_000).build()), MATCHER);

        List<ModelCost> models = cost.byModel();
        // gpt-4o: (300,000 + 700,000) × 2.5 + 200,000 × 1.25 (per 1M) = 2.5 + 0.25 = 2.75
        // gpt-4o-mini: 1M × 0.60 = 0.60; most expensive first
        assertEquals(List.of("gpt-4o", "gpt-4o-mini"), models.stream().map(m -> m.entry().model()).toList());
        ModelCost gpt4o = models.getFirst();
        assertEquals(Money.usd("2.75"), gpt4o.cost());
        assertEquals(2, gpt4o.matches().size());
        BucketLine input = gpt4o.lines().getFirst();
        assertEquals(UNCACHED_INPUT, input.bucket());
        assertEquals(1_000_000, input.quantity());
        assertEquals(0, new BigDecimal("2.5").compareTo(input.displayRate().orElseThrow()));
        assertEquals("per 1M tokens", input.displayUnit());
        assertEquals(Money.usd("0.60"), models.get(1).cost());
    }

    @Test
    void breakdownByBucketTotalsEveryModelAndCountsWhatHadNoRate() {
        UsageCost cost = engine.price(List.of(
                UsageRow.of("gpt-4o").tokens(UNCACHED_INPUT, 300_000).tokens(UsageBucket.WEB_SEARCH, 2).build(),
                UsageRow.of("gpt-4o-mini").tokens(UNCACHED_INPUT, 1_000_000).tokens(OUTPUT_TEXT, 500_000).build()), MATCHER);

        // input: 300,000 × 2.5 + 1,000,000 × 0.15 (per 1M) = 0.75 + 0.15 = 0.9; output: 500,000 × 0.60 / 1M = 0.3;
        // 2 requests with no per-request fee: 0; 2 web searches with no rate: unpriced, not in any cost
        assertEquals(List.of(
                        new BucketTotal(UNCACHED_INPUT, 1_300_000, 0, Money.usd("0.9")),
                        new BucketTotal(OUTPUT_TEXT, 500_000, 0, Money.usd("0.3")),
                        new BucketTotal(UsageBucket.REQUESTS, 2, 0, Money.usd("0")),
                        new BucketTotal(UsageBucket.WEB_SEARCH, 2, 2, Money.usd("0"))),
                cost.byBucket());
    }

    @Test
    void eachGroupKeepsItsEntryProvenanceAndFirstSourceRows() {
        List<UsageRecord> rows = List.of(
                UsageRow.of("gpt-4o").tokens(UNCACHED_INPUT, 10).line(2).build(),
                UsageRow.of("gpt-4o").tokens(UNCACHED_INPUT, 10).line(3).build(),
                UsageRow.of("gpt-4o").tokens(UNCACHED_INPUT, 10).line(4).build(),
                UsageRow.of("gpt-4o").tokens(UNCACHED_INPUT, 10).line(5).build());

        GroupCost group = engine.price(rows, MATCHER).groups().getFirst();

        assertEquals(4, group.rows());
        assertEquals(List.of(SourceRef.line("usage.csv", 2), SourceRef.line("usage.csv", 3), SourceRef.line("usage.csv", 4)),
                group.sampleRows());
        assertEquals(Prices.SOURCE, group.entry().provenance());
        assertEquals(List.of(MatchRule.EXACT_ID), group.matches().getFirst().rules());
    }

    @Test
    void monthlyFiguresCarryEachStepAndTheRequests() {
        PriceEntry sonnet = Prices.entry("anthropic", "claude-sonnet-4-5", rates(UNCACHED_INPUT, "3", OUTPUT_TEXT, "15"))
                .batch(dev.ratecard.importers.model.BatchPricing.discount(new BigDecimal("0.5")))
                .serviceTier("priority", rates(UNCACHED_INPUT, "6")).build();

        UsageCost cost = engine.price(List.of(
                UsageRow.of("claude-sonnet-4-5").serviceTier("priority").tokens(UNCACHED_INPUT, 1_000_000).build(),
                UsageRow.of("claude-sonnet-4-5").batch().tokens(UNCACHED_INPUT, 1_000_000).build()), Prices.only(sonnet));

        MonthlyUsageCost march = cost.months().getFirst();
        // list: 2M × 3 = 6; priority input at 6 instead of 3: +3 → adjusted 9; batch −50% on 1M × 3: −1.5 → 7.5
        assertEquals(Money.usd("6"), march.listCost());
        assertEquals(Money.usd("9"), march.adjustedCost());
        assertEquals(Money.usd("7.5"), march.cost());
        assertEquals(2, march.requests());
    }

    @Test
    void fineTunePricedAtItsBaseIsNotedWithItsRows() {
        UsageCost cost = engine.price(List.of(
                UsageRow.of("ft:gpt-4o-mini:acme::a1").tokens(OUTPUT_TEXT, 1_000_000).build(),
                UsageRow.of("ft:gpt-4o-mini:acme::a1").tokens(OUTPUT_TEXT, 1_000_000).build()), MATCHER);

        // 2M × 0.60 / 1M = 1.2, at the base model's rates, and the user is told
        assertEquals(Money.usd("1.2"), cost.pricedTotal());
        PricingNote note = cost.notes().getFirst();
        assertEquals(PricingFlag.PRICED_AS_ANOTHER_MODEL, note.flag());
        assertEquals(2, note.rows());
        assertTrue(note.detail().startsWith("ft:gpt-4o-mini:acme::a1 → openai gpt-4o-mini"), note.detail());
    }

    @Test
    void aFinishedAggregationTakesNoMoreRows() {
        UsageAggregation aggregation = engine.aggregate(MATCHER);
        aggregation.finish();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> aggregation.add(UsageRow.of("gpt-4o").build()));
        assertEquals("this aggregation is finished; start a new one to price more usage", e.getMessage());
    }
}
