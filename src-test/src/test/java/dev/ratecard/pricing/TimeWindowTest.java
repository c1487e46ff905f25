package dev.ratecard.pricing;

import dev.ratecard.importers.model.UsageRecordBuilder;

import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.TimeWindowRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;

import static dev.ratecard.importers.model.TestRates.rates;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Off-peak windows replace the base and tier rates for requests inside them. DeepSeek's earlier off-peak
 * window, 16:30–00:30 UTC at half price (LiteLLM's off_peak_pricing example; proxy_fees.csv), on rates of
 * $0.27 / $1.10 per 1M, so $0.135 / $0.55 off-peak. Each request below is 1M input and 1M output tokens:
 * peak 0.27 + 1.10 = 1.37, off-peak 0.135 + 0.55 = 0.685.
 */
class TimeWindowTest {

    private static TimeWindowRates window(LocalTime from, LocalTime to, ZoneId zone, EnumSet<DayOfWeek> days) {
        return new TimeWindowRates("off-peak", days, from, to, zone, rates(UNCACHED_INPUT, "0.135", OUTPUT_TEXT, "0.55"));
    }

    private static final PriceEntry DEEPSEEK = Prices.entry("deepseek", "deepseek-chat",
                    rates(UNCACHED_INPUT, "0.27", OUTPUT_TEXT, "1.10"))
            .timeWindow(window(LocalTime.of(16, 30), LocalTime.of(0, 30), ZoneOffset.UTC, null))
            .build();

    private static Money costAt(PriceEntry entry, String instant) {
        return Prices.price(entry, UsageRow.of(entry.model()).at(instant)
                .tokens(UNCACHED_INPUT, 1_000_000).tokens(OUTPUT_TEXT, 1_000_000)).cost();
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(textBlock = """
            2026-03-02T12:00:00Z, 1.37,  before the window
            2026-03-02T16:29:59Z, 1.37,  a second before it opens
            2026-03-02T16:30:00Z, 0.685, as it opens
            2026-03-02T18:00:00Z, 0.685, inside
            2026-03-03T00:15:00Z, 0.685, past midnight, still the window that opened the day before
            2026-03-03T00:30:00Z, 1.37,  as it closes (the end is exclusive)
            """)
    void requestsInsideTheWindowPayItsRates(String instant, String expected, String when) {
        assertEquals(Money.usd(expected), costAt(DEEPSEEK, instant));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            2026-03-02T03:59:59Z, 1.37
            2026-03-02T04:00:00Z, 0.685
            2026-03-02T05:59:59Z, 0.685
            2026-03-02T06:00:00Z, 1.37
            2026-03-03T05:00:00Z, 0.685
            """)
    void windowWithinOneDayHoldsFromItsStartUntilItsEnd(String instant, String expected) {
        // DeepSeek's 2026 scheme is off-peak between its weekday peaks (01–04 and 06–10 UTC): 04:00–06:00 is one such gap.
        PriceEntry gap = Prices.entry("deepseek", "deepseek-chat", rates(UNCACHED_INPUT, "0.27", OUTPUT_TEXT, "1.10"))
                .timeWindow(window(LocalTime.of(4, 0), LocalTime.of(6, 0), ZoneOffset.UTC, null)).build();

        assertEquals(Money.usd(expected), costAt(gap, instant));
    }

    @Test
    void windowPastMidnightBelongsToTheDayItStarts() {
        // Weekday evenings 22:00–02:00: Saturday 01:00 is in Friday's window, Sunday 01:00 in none.
        PriceEntry weekdays = Prices.entry("deepseek", "deepseek-chat", rates(UNCACHED_INPUT, "0.27", OUTPUT_TEXT, "1.10"))
                .timeWindow(window(LocalTime.of(22, 0), LocalTime.of(2, 0), ZoneOffset.UTC,
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)))
                .build();

        assertEquals(Money.usd("0.685"), costAt(weekdays, "2026-03-07T01:00:00Z"));
        assertEquals(Money.usd("1.37"), costAt(weekdays, "2026-03-08T01:00:00Z"));
    }

    @Test
    void windowFollowsItsZoneAcrossDaylightSavingTime() {
        // 22:00–06:00 New York time. 02:30 UTC is 22:30 EDT in July (inside) but 21:30 EST in January (outside).
        PriceEntry newYork = Prices.entry("deepseek", "deepseek-chat", rates(UNCACHED_INPUT, "0.27", OUTPUT_TEXT, "1.10"))
                .timeWindow(window(LocalTime.of(22, 0), LocalTime.of(6, 0), ZoneId.of("America/New_York"), null))
                .build();

        assertEquals(Money.usd("0.685"), costAt(newYork, "2026-07-01T02:30:00Z"));
        assertEquals(Money.usd("1.37"), costAt(newYork, "2026-01-15T02:30:00Z"));
    }

    @Test
    void hourlyBucketsInsideOrOutsideTheWindowArePricedWithoutAFlag() {
        RecordCost inside = Prices.price(DEEPSEEK, UsageRow.of("deepseek-chat").at("2026-03-02T18:00:00Z")
                .bucketed(Duration.ofHours(1), 50).tokens(UNCACHED_INPUT, 1_000_000).tokens(OUTPUT_TEXT, 1_000_000));
        RecordCost outside = Prices.price(DEEPSEEK, UsageRow.of("deepseek-chat").at("2026-03-02T10:00:00Z")
                .bucketed(Duration.ofHours(1), 50).tokens(UNCACHED_INPUT, 1_000_000).tokens(OUTPUT_TEXT, 1_000_000));

        assertEquals(Money.usd("0.685"), inside.cost());
        assertEquals(Money.usd("1.37"), outside.cost());
        assertTrue(inside.notes().isEmpty() && outside.notes().isEmpty());
    }

    @Test
    void bucketsSpanningAWindowBoundaryArePricedAtBaseAndFlagged() {
        // A daily bucket, and an hour from 16:00 to 17:00 that the 16:30 opening cuts in two.
        for (UsageRecordBuilder row : new UsageRecordBuilder[] {
                UsageRow.of("deepseek-chat").at("2026-03-02T00:00:00Z").bucketed(Duration.ofDays(1), 900),
                UsageRow.of("deepseek-chat").at("2026-03-02T16:00:00Z").bucketed(Duration.ofHours(1), 50)}) {
            RecordCost cost = Prices.price(DEEPSEEK, row.tokens(UNCACHED_INPUT, 1_000_000).tokens(OUTPUT_TEXT, 1_000_000));

            assertEquals(Money.usd("1.37"), cost.cost());
            assertEquals(PricingFlag.TIME_OF_DAY_UNKNOWN, cost.notes().getFirst().flag());
        }
    }

    @Test
    void windowRatesReplaceContextTierRates() {
        PriceEntry tiered = DEEPSEEK.toBuilder().tier(new ContextTier(100_000, ContextTier.Comparison.GREATER_THAN,
                ContextTier.Basis.PROMPT_INCLUDING_CACHE, ContextTier.Scope.WHOLE_REQUEST,
                rates(UNCACHED_INPUT, "0.54", OUTPUT_TEXT, "2.20"))).build();

        // 1M prompt tokens pass the 100k tier: at noon the tier applies (0.54 + 2.20 = 2.74); at 18:00 the
        // window's rates replace it (0.135 + 0.55 = 0.685).
        assertEquals(Money.usd("2.74"), costAt(tiered, "2026-03-02T12:00:00Z"));
        assertEquals(Money.usd("0.685"), costAt(tiered, "2026-03-02T18:00:00Z"));
    }
}
