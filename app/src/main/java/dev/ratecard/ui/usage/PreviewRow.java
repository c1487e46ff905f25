package dev.ratecard.ui.usage;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.Money;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A record as the import preview shows it: where in the file it came from, when (UTC), the model, provider and
 * route, its main buckets (cache writes of both lifetimes together, reasoning with the output), requests and the
 * cost the file states.
 */
public record PreviewRow(String line, String time, String model, String provider, String route, long input, long cacheRead,
                         long cacheWrite, long output, long requests, String reportedCost) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public PreviewRow {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(reportedCost, "reportedCost");
    }

    public static PreviewRow of(UsageRecord record) {
        BucketCounts c = record.counts();
        String line = record.source().line() > 0 ? Long.toString(record.source().line()) : "";
        if (record.source().pointer() != null) {
            line = (line + " " + record.source().pointer()).strip();
        }
        String reported = record.reportedCost() == null ? ""
                : MoneyFormatter.exact(new Money(record.reportedCost().amount(), record.reportedCost().currency()));
        return new PreviewRow(line, TIME.format(record.start()), record.model(),
                record.provider() == null ? "" : record.provider(), record.route(),
                Math.addExact(c.get(UsageBucket.UNCACHED_INPUT), Math.addExact(c.get(UsageBucket.AUDIO_INPUT), c.get(UsageBucket.IMAGE_INPUT))),
                c.get(UsageBucket.CACHE_READ), Math.addExact(c.get(UsageBucket.CACHE_WRITE_5M), c.get(UsageBucket.CACHE_WRITE_1H)),
                c.outputTokens(), c.get(UsageBucket.REQUESTS), reported);
    }
}
