package dev.ratecard.workspace.scenarios;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.scenario.UsageProfile;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.store.UsageRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Condenses stored usage into the typical month a scenario starts from: per model and route, the totals of each
 * bucket (and of its batch part) over the calendar months (UTC) the records fall in, divided by how many months
 * that is, rounded half-even to whole tokens; and, where the records are fine-grained enough, the peak-to-average
 * ratio of output tokens per hour.
 */
public final class UsageProfiles {
    private UsageProfiles() {
    }

    /** The usage the store holds within {@code filter}. */
    public static UsageProfile fromStore(UsageRepository usage, UsageFilter filter, String description) {
        try (Stream<UsageRecord> records = usage.stream(filter)) {
            return of(records.toList(), description);
        }
    }

    public static UsageProfile of(List<UsageRecord> records, String description) {
        Map<String, BucketCounts.Builder> totals = new LinkedHashMap<>();
        Map<String, BucketCounts.Builder> batch = new HashMap<>();
        Map<String, String[]> keys = new HashMap<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        long withoutRequests = 0;
        for (UsageRecord r : records) {
            if (r.counts().statesNoRequests()) {
                withoutRequests++;
            }
            String key = r.model() + "\u0000" + r.route();
            keys.putIfAbsent(key, new String[] {r.model(), r.route()});
            totals.computeIfAbsent(key, k -> BucketCounts.builder()).add(r.counts());
            if (r.batch()) {
                batch.computeIfAbsent(key, k -> BucketCounts.builder()).add(r.counts());
            }
            months.add(YearMonth.from(r.start().atOffset(ZoneOffset.UTC)));
        }
        long monthCount = Math.max(1, months.size());
        List<UsageProfile.Line> lines = new ArrayList<>();
        totals.forEach((key, counts) -> {
            String[] modelRoute = keys.get(key);
            BucketCounts.Builder batched = batch.get(key);
            lines.add(new UsageProfile.Line(modelRoute[0], modelRoute[1], perMonth(counts.build(), monthCount),
                    batched == null ? null : perMonth(batched.build(), monthCount)));
        });
        String span = months.isEmpty() ? "" : " (" + months.first() + (months.size() > 1 ? " .. " + months.last() : "")
                + ", " + monthCount + (monthCount == 1 ? " month)" : " months, averaged)");
        return new UsageProfile(description + span + requestsCaveat(withoutRequests, records.size()), lines);
    }

    /**
     * Said with the workload wherever it is described: rows whose source states no request count (Anthropic's usage
     * report, a billing export) add none, so per-request fees, BYOK fees and plan overages are priced on a floor.
     */
    private static String requestsCaveat(long withoutRequests, long rows) {
        if (withoutRequests == 0) {
            return "";
        }
        return "; " + String.format(Locale.ROOT, "%,d of %,d", withoutRequests, rows) + " usage rows state no"
                + " request count, so fees charged per request are priced on the requests stated, a floor";
    }

    private static BucketCounts perMonth(BucketCounts total, long months) {
        BucketCounts.Builder b = BucketCounts.builder();
        for (UsageBucket bucket : UsageBucket.all()) {
            b.set(bucket, BigDecimal.valueOf(total.get(bucket))
                    .divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_EVEN).longValueExact());
        }
        return b.build();
    }

    /**
     * The busiest hour's output tokens over the average hour's, across every hour from the first record to the
     * last; empty when some record spans more than an hour (daily buckets say nothing about peaks).
     */
    public static Optional<BigDecimal> peakToAverage(List<UsageRecord> records) {
        if (records.isEmpty() || records.stream().anyMatch(r -> r.period().compareTo(Duration.ofHours(1)) > 0)) {
            return Optional.empty();
        }
        Map<Instant, Long> byHour = new HashMap<>();
        for (UsageRecord r : records) {
            byHour.merge(r.start().truncatedTo(ChronoUnit.HOURS), r.counts().outputTokens(), Long::sum);
        }
        Instant first = byHour.keySet().stream().min(Instant::compareTo).orElseThrow();
        Instant last = byHour.keySet().stream().max(Instant::compareTo).orElseThrow();
        long hours = ChronoUnit.HOURS.between(first, last) + 1;
        long total = byHour.values().stream().mapToLong(Long::longValue).sum();
        long peak = byHour.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (total == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(peak).multiply(BigDecimal.valueOf(hours))
                .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN).max(BigDecimal.ONE));
    }

    /** The profile as the {@code usage} workload of a scenario file. */
    public static WorkloadDocument.Usage toDocument(UsageProfile profile, BigDecimal peakToAverage, BigDecimal growthPerMonth) {
        List<WorkloadDocument.UsageLine> lines = profile.lines().stream().map(l -> new WorkloadDocument.UsageLine(l.model(),
                l.route(), counts(l.monthly()), l.batchMonthly().isZero() ? null : counts(l.batchMonthly()))).toList();
        return new WorkloadDocument.Usage(profile.description(), lines, peakToAverage, growthPerMonth);
    }

    private static Map<String, Long> counts(BucketCounts counts) {
        Map<String, Long> map = new LinkedHashMap<>();
        counts.asMap().forEach((bucket, count) -> map.put(bucket.key(), count));
        return map;
    }
}
