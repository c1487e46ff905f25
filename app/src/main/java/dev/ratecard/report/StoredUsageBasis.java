package dev.ratecard.report;

import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.CostEngine;
import dev.ratecard.pricing.ModelMatcher;
import dev.ratecard.pricing.Money;
import dev.ratecard.pricing.PricingFlag;
import dev.ratecard.pricing.PricingNote;
import dev.ratecard.pricing.UnmatchedModel;
import dev.ratecard.pricing.UsageAggregation;
import dev.ratecard.pricing.UsageCost;
import dev.ratecard.store.TimeRange;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.store.UsageRepository;
import dev.ratecard.store.UsageSummary;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the workspace's stored usage into a {@link UsageBasis}: per model and route (as the logs wrote them), the
 * tokens, the requests, the reported cost summed per line and the cost the engine recomputes with the given
 * matcher. Each line is priced on its own, its tokens summed per bucket first, so the line's figure is exact.
 */
public final class StoredUsageBasis {
    private static final Comparator<UsageBasis.Line> LARGEST_SPEND_FIRST = Comparator
            .comparing(UsageBasis.Line::recomputed, Comparator.nullsLast(Comparator.<Money>reverseOrder()))
            .thenComparing(UsageBasis.Line::model).thenComparing(UsageBasis.Line::route);

    private final CostEngine engine;
    private final ModelMatcher matcher;

    public StoredUsageBasis(CostEngine engine, ModelMatcher matcher) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    /** Empty when the workspace holds no usage. */
    public Optional<UsageBasis> read(UsageRepository usage) {
        UsageSummary summary = usage.summary(UsageFilter.ALL);
        if (summary.rows() == 0 || summary.range().isEmpty()) {
            return Optional.empty();
        }
        // One streaming aggregation per model and route: rows are summed as they pass, never held.
        Map<List<String>, LineTally> byLine = new LinkedHashMap<>();
        try (Stream<UsageRecord> records = usage.stream(UsageFilter.ALL)) {
            records.forEach(r -> byLine.computeIfAbsent(List.of(r.model(), r.route()),
                    k -> new LineTally(engine.aggregate(matcher))).add(r));
        }
        List<UsageBasis.Line> lines = new ArrayList<>();
        List<UsageBasis.Unmatched> unmatched = new ArrayList<>();
        long assumedTier = 0;
        for (Map.Entry<List<String>, LineTally> line : byLine.entrySet()) {
            LineTally tally = line.getValue();
            UsageCost cost = tally.aggregation.finish();
            lines.add(new UsageBasis.Line(line.getKey().get(0), line.getKey().get(1), tally.tokens, tally.requests,
                    tally.reported, cost.groups().isEmpty() ? null : cost.pricedTotal(), cost.isComplete(), tally.rows,
                    tally.rowsWithoutRequests));
            for (UnmatchedModel u : cost.unmatched()) {
                unmatched.add(new UsageBasis.Unmatched(u.rawName(), u.route(), u.counts().totalTokens(), u.rows()));
            }
            assumedTier += cost.notes().stream().filter(n -> n.flag() == PricingFlag.CONTEXT_TIER_ASSUMED_BASE)
                    .mapToLong(PricingNote::rows).sum();
        }
        // The store streams in its own index order; a report lists the largest spend first, unpriced lines last.
        lines.sort(LARGEST_SPEND_FIRST);
        TimeRange range = summary.range().orElseThrow();
        // The range ends where the last bucket ends: its last instant belongs to the day before a midnight end.
        Instant lastInstant = range.to().isAfter(range.from()) ? range.to().minusNanos(1) : range.to();
        return Optional.of(new UsageBasis(range.from().atZone(ZoneOffset.UTC).toLocalDate(),
                lastInstant.atZone(ZoneOffset.UTC).toLocalDate(), lines, unmatched, assumedTier));
    }

    /**
     * One model and route's rows as they pass: the engine's aggregation, their tokens and requests, and the reported
     * costs in the first currency a row states (rows in another are left out of it).
     */
    private static final class LineTally {
        private final UsageAggregation aggregation;
        private long tokens;
        private long requests;
        private long rows;
        private long rowsWithoutRequests;
        private Money reported;

        LineTally(UsageAggregation aggregation) {
            this.aggregation = aggregation;
        }

        void add(UsageRecord r) {
            aggregation.add(r);
            tokens = Math.addExact(tokens, r.counts().totalTokens());
            requests = Math.addExact(requests, r.counts().get(UsageBucket.REQUESTS));
            rows++;
            if (r.counts().statesNoRequests()) {
                rowsWithoutRequests++;
            }
            if (r.reportedCost() != null && (reported == null || reported.currency().equals(r.reportedCost().currency()))) {
                Money cost = new Money(r.reportedCost().amount(), r.reportedCost().currency());
                reported = reported == null ? cost : reported.plus(cost);
            }
        }
    }
}
