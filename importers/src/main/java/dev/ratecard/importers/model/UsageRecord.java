package dev.ratecard.importers.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One row of usage in Ratecard's terms: a single request ({@code period} zero) or a bucket of requests
 * starting at {@code start} and lasting {@code period}.
 *
 * @param start        request time, or the bucket's start (UTC instant; naive source times are read in the
 *                     import's time zone)
 * @param period       {@link Duration#ZERO} for one request; the bucket width otherwise
 * @param provider     who serves the model ({@code openai}, {@code anthropic} …), or {@code null} if unknown
 * @param model        the model exactly as the source wrote it
 * @param route        how the traffic travelled, see {@link Routes}
 * @param batch        billed through a batch API
 * @param serviceTier  e.g. {@code priority}, {@code flex}; {@code null} for default
 * @param region       e.g. {@code eu}, {@code us}; {@code null} for global
 * @param tags         project, API key, user, team, app … ({@link Tags})
 * @param counts       disjoint bucket counts
 * @param reportedCost the cost the source stated, or {@code null}
 * @param naturalKey   the source's own id for the row (request id, generation id …), used to drop rows seen
 *                     before; {@code null} when the source has none
 * @param source       file and line the row came from
 */
public record UsageRecord(
        Instant start,
        Duration period,
        String provider,
        String model,
        String route,
        boolean batch,
        String serviceTier,
        String region,
        Map<String, String> tags,
        BucketCounts counts,
        ReportedCost reportedCost,
        String naturalKey,
        SourceRef source) {

    public UsageRecord {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(source, "source");
        if (period.isNegative()) {
            throw new IllegalArgumentException("period is negative: " + period);
        }
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** True when the row is one request, so its prompt size is known and a context tier can be chosen. */
    public boolean isSingleRequest() {
        return period.isZero() && counts.get(UsageBucket.REQUESTS) <= 1;
    }
}
