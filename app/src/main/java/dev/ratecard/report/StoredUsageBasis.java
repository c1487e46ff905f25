package dev.ratecard.report;

import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.CostEngine;
import dev.ratecard.pricing.ModelMatcher;
import dev.ratecard.pricing.Money;
import dev.ratecard.pricing.PricingFlag;
import dev.ratecard.pricing.PricingNote;
import dev.ratecard.pricing.UnmatchedModel;
import dev.ratecard.pricing.UsageCost;
import dev.ratecard.store.TimeRange;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.store.UsageRepository;
import dev.ratecard.store.UsageSummary;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
        Map<String, List<UsageRecord>> byLine = new LinkedHashMap<>();
        try (Stream<UsageRecord> records = usage.stream(UsageFilter.ALL)) {
            records.forEach(r -> byLine.computeIfAbsent(r.model() + "\u0000" + r.route(), k -> new ArrayList<>()).add(r));
        }
        List<UsageBasis.Line> lines = new ArrayList<>();
        List<UsageBasis.Unmatched> unmatched = new ArrayList<>();
        long assumedTier = 0;
        for (List<UsageRecord> records : byLine.values()) {
            UsageCost cost = engine.price(records, matcher);
            UsageRecord first = records.getFirst();
            boolean priced = !cost.groups().isEmpty();
            lines.add(new UsageBasis.Line(first.model(), first.route(),
                    records.stream().mapToLong(r -> r.counts().totalTokens()).reduce(0, Math::addExact),
                    records.stream().mapToLong(r -> r.counts().get(UsageBucket.REQUESTS)).reduce(0, Math::addExact),
                    reported(records), priced ? cost.pricedTotal() : null, cost.isComplete()));
            for (UnmatchedModel u : cost.unmatched()) {
                unmatched.add(new UsageBasis.Unmatched(u.rawName(), u.route(), u.counts().totalTokens(), u.rows()));
            }
            assumedTier += cost.notes().stream().filter(n -> n.flag() == PricingFlag.CONTEXT_TIER_ASSUMED_BASE)
                    .mapToLong(PricingNote::rows).sum();
        }
        TimeRange range = summary.range().orElseThrow();
        // The range ends where the last bucket ends: its last instant belongs to the day before a midnight end.
        Instant lastInstant = range.to().isAfter(range.from()) ? range.to().minusNanos(1) : range.to();
        return Optional.of(new UsageBasis(range.from().atZone(ZoneOffset.UTC).toLocalDate(),
                lastInstant.atZone(ZoneOffset.UTC).toLocalDate(), lines, unmatched, assumedTier));
    }

    /** The reported costs of the rows that state one, in the first such row's currency; rows in others are left out. */
    private static Money reported(List<UsageRecord> records) {
        Money sum = null;
        for (UsageRecord r : records) {
            if (r.reportedCost() != null && (sum == null || sum.currency().equals(r.reportedCost().currency()))) {
                Money cost = new Money(r.reportedCost().amount(), r.reportedCost().currency());
                sum = sum == null ? cost : sum.plus(cost);
            }
        }
        return sum;
    }
}
