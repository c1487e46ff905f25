package dev.ratecard.workspace.scenarios;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.scenario.UsageProfile;
import dev.ratecard.scenario.Workload;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stored usage condensed into a scenario's typical month. */
class UsageProfilesTest {

    private static UsageRecord record(String start, String model, boolean batch, long input, long output, long requests) {
        return new UsageRecord(Instant.parse(start), Duration.ZERO, "openai", model, "direct", batch, null, null, null,
                BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, input).set(UsageBucket.OUTPUT_TEXT, output)
                        .set(UsageBucket.REQUESTS, requests).build(), null, null, SourceRef.line("usage.csv", 2));
    }

    private final List<UsageRecord> records = List.of(
            record("2026-06-03T10:15:00Z", "gpt-4o", false, 3_000, 1_000, 3),
            record("2026-06-03T10:45:00Z", "gpt-4o", true, 2_000, 1_000, 2),
            record("2026-07-09T08:00:00Z", "gpt-4o", false, 1_001, 500, 1),
            record("2026-07-09T09:00:00Z", "gpt-4o-mini", false, 400, 100, 1));

    @Test
    void aTypicalMonthIsEachModelsTotalOverTheMonthsTheRecordsFallIn() {
        // gpt-4o over June and July: input (3,000 + 2,000 + 1,001) / 2 = 3,000.5 → 3,000 (half-even), output
        // 2,500 / 2 = 1,250, requests 6 / 2 = 3; its batch part 2,000 / 2 = 1,000 in, 500 out, 1 request.
        UsageProfile p = UsageProfiles.of(records, "usage");
        assertEquals("usage (2026-06 .. 2026-07, 2 months, averaged)", p.description());
        UsageProfile.Line gpt4o = p.lines().getFirst();
        assertEquals("gpt-4o", gpt4o.model());
        assertEquals(BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, 3_000).set(UsageBucket.OUTPUT_TEXT, 1_250)
                .set(UsageBucket.REQUESTS, 3).build(), gpt4o.monthly());
        assertEquals(BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, 1_000).set(UsageBucket.OUTPUT_TEXT, 500)
                .set(UsageBucket.REQUESTS, 1).build(), gpt4o.batchMonthly());
        assertEquals("gpt-4o-mini", p.lines().get(1).model());
    }

    @Test
    void aWorkloadWithRowsThatStateNoRequestCountSaysItsRequestsAreAFloor() {
        // Anthropic's usage report beside a request log: one of the five rows counts no request.
        List<UsageRecord> mixed = new ArrayList<>(records);
        mixed.add(record("2026-07-10T00:00:00Z", "claude-sonnet-4", false, 50_000, 5_000, 0));

        assertEquals("usage (2026-06 .. 2026-07, 2 months, averaged); 1 of 5 usage rows state no request count, so fees"
                + " charged per request are priced on the requests stated, a floor", UsageProfiles.of(mixed, "usage").description());
    }

    @Test
    void theWorkloadSumsTheLinesAndCarriesTheirBatchShare() {
        // 4,250 + 250 = 4,500 tokens; batch 1,500 of them: a third.
        Workload w = UsageProfiles.of(records, "usage").toWorkload(new BigDecimal("3"), BigDecimal.ZERO);
        assertEquals(4_500, w.totalTokens());
        assertEquals("gpt-4o + gpt-4o-mini", w.model());
        assertEquals(new BigDecimal("0.3333"), w.batchShare().setScale(4, java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    void peakToAverageIsTheBusiestHourOverTheMeanHour() {
        // Hours 10:00, 11:00, 12:00 with 2,000, 0 and 1,000 output tokens: mean 1,000, peak 2,000 → 2.
        List<UsageRecord> hourly = List.of(
                record("2026-06-03T10:15:00Z", "m", false, 0, 1_500, 1),
                record("2026-06-03T10:40:00Z", "m", false, 0, 500, 1),
                record("2026-06-03T12:05:00Z", "m", false, 0, 1_000, 1));
        assertEquals(Optional.of(new BigDecimal("2.0000")), UsageProfiles.peakToAverage(hourly));
    }

    @Test
    void dailyBucketsSayNothingAboutPeaks() {
        UsageRecord daily = new UsageRecord(Instant.parse("2026-06-03T00:00:00Z"), Duration.ofDays(1), "openai", "m",
                "direct", false, null, null, null, BucketCounts.builder().set(UsageBucket.OUTPUT_TEXT, 10).build(), null,
                null, SourceRef.line("usage.csv", 2));
        assertEquals(Optional.empty(), UsageProfiles.peakToAverage(List.of(daily)));
    }
}
