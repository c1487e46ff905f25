package dev.ratecard.bench;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A reproducible stream of request-level usage rows shaped like a real export: one request per second,
 * a handful of models and projects, token counts of realistic size and a reported cost. Generated on the
 * fly, so that a million rows need no memory.
 */
final class SyntheticUsage implements Iterator<UsageRecord> {
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final List<String> MODELS = List.of("gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "deepseek-chat", "o3-mini");
    private static final List<Map<String, String>> TAGS = List.of(
            Map.of(Tags.PROJECT, "search", Tags.TEAM, "core"), Map.of(Tags.PROJECT, "support"),
            Map.of(Tags.PROJECT, "analytics", Tags.API_KEY, "key-7"), Map.of());

    private final int rows;
    private final boolean naturalKeys;
    private final SplittableRandom random = new SplittableRandom(42);
    private int next;

    SyntheticUsage(int rows, boolean naturalKeys) {
        this.rows = rows;
        this.naturalKeys = naturalKeys;
    }

    @Override
    public boolean hasNext() {
        return next < rows;
    }

    @Override
    public UsageRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = next++;
        long input = 200 + random.nextInt(8_000);
        long cached = random.nextInt(4) == 0 ? input / 2 : 0;
        long output = 20 + random.nextInt(1_500);
        BucketCounts counts = BucketCounts.builder()
                .set(UsageBucket.UNCACHED_INPUT, input - cached).set(UsageBucket.CACHE_READ, cached)
                .set(UsageBucket.OUTPUT_TEXT, output).set(UsageBucket.REQUESTS, 1).build();
        // 2.5 USD per 1M input, 10 USD per 1M output: 2,500 and 10,000 nano-USD per token.
        long nanos = input * 2_500 + output * 10_000;
        return new UsageRecord(START.plusSeconds(i), Duration.ZERO, "openai", MODELS.get(i % MODELS.size()),
                Routes.DIRECT, false, null, null, TAGS.get(i % TAGS.size()), counts,
                ReportedCost.invoicedUsd(BigDecimal.valueOf(nanos, 9)), naturalKeys ? "chatcmpl-" + i : null,
                SourceRef.line("synthetic.csv", i + 2L));
    }
}
