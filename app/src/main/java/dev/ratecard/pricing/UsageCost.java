package dev.ratecard.pricing;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The priced usage of a run: its groups (each traceable to an entry and its rows), the usage no entry
 * matched, and views by month and by model. Totals cover what could be priced; {@link #isComplete()} says
 * whether that is everything. Exact throughout: nothing is rounded here.
 *
 * @param rows usage rows fed in, priced or not
 */
public record UsageCost(List<GroupCost> groups, List<UnmatchedModel> unmatched, long rows) {
    public UsageCost {
        groups = List.copyOf(groups);
        unmatched = List.copyOf(unmatched);
    }

    /** True when every row matched an entry and every bucket with usage had a rate. */
    public boolean isComplete() {
        return unmatched.isEmpty() && groups.stream().allMatch(GroupCost::isComplete);
    }

    /** The cost of everything that could be priced; unmatched and unpriced usage is not in it. */
    public Money pricedTotal() {
        return CostSums.money(groups, GroupCost::cost);
    }

    public SortedMap<YearMonth, Money> byMonth() {
        SortedMap<YearMonth, Money> byMonth = new TreeMap<>();
        for (GroupCost group : groups) {
            byMonth.merge(group.month(), group.cost(), Money::plus);
        }
        return Collections.unmodifiableSortedMap(byMonth);
    }

    /** One line per price entry, most expensive first. */
    public List<ModelCost> byModel() {
        Map<PriceEntry, List<GroupCost>> byEntry = new IdentityHashMap<>();
        Map<PriceEntry, Integer> firstSeen = new IdentityHashMap<>();
        for (GroupCost group : groups) {
            byEntry.computeIfAbsent(group.entry(), e -> new ArrayList<>()).add(group);
            firstSeen.putIfAbsent(group.entry(), firstSeen.size());
        }
        List<ModelCost> models = new ArrayList<>();
        byEntry.forEach((entry, entryGroups) -> models.add(modelCost(entry, entryGroups)));
        models.sort((a, b) -> {
            int byCost = b.cost().compareTo(a.cost());
            return byCost != 0 ? byCost : Integer.compare(firstSeen.get(a.entry()), firstSeen.get(b.entry()));
        });
        return List.copyOf(models);
    }

    /** One total per bucket that has usage, in bucket order. */
    public List<BucketTotal> byBucket() {
        Map<UsageBucket, List<BucketLine>> byBucket = new EnumMap<>(UsageBucket.class);
        for (GroupCost group : groups) {
            for (BucketLine line : group.lines()) {
                byBucket.computeIfAbsent(line.bucket(), b -> new ArrayList<>()).add(line);
            }
        }
        List<BucketTotal> totals = new ArrayList<>();
        byBucket.forEach((bucket, lines) -> totals.add(new BucketTotal(bucket,
                lines.stream().mapToLong(BucketLine::quantity).reduce(0, Math::addExact),
                lines.stream().filter(l -> !l.isPriced()).mapToLong(BucketLine::quantity).reduce(0, Math::addExact),
                CostSums.money(lines.stream().flatMap(l -> l.cost().stream()).toList()))));
        return List.copyOf(totals);
    }

    /** Per billing month, the provider cost at each of the fee stack's first steps: the fee stack's input. */
    public List<MonthlyUsageCost> months() {
        Map<YearMonth, List<GroupCost>> byMonth = new TreeMap<>();
        for (GroupCost group : groups) {
            byMonth.computeIfAbsent(group.month(), m -> new ArrayList<>()).add(group);
        }
        boolean allMatched = unmatched.isEmpty();
        List<MonthlyUsageCost> months = new ArrayList<>();
        byMonth.forEach((month, monthGroups) -> months.add(new MonthlyUsageCost(month,
                CostSums.money(monthGroups, GroupCost::listCost),
                CostSums.money(monthGroups, GroupCost::adjustedCost),
                CostSums.money(monthGroups, GroupCost::cost),
                monthGroups.stream().mapToLong(GroupCost::requests).reduce(0, Math::addExact),
                allMatched && monthGroups.stream().allMatch(GroupCost::isComplete))));
        return List.copyOf(months);
    }

    /** Every note of every group, merged by flag and detail. */
    public List<PricingNote> notes() {
        return CostSums.notes(groups.stream().flatMap(g -> g.notes().stream()).toList());
    }

    /** The usage that reached its model through {@code route} (e.g. to put one gateway's fee stack on it). */
    public UsageCost onRoute(String route) {
        Objects.requireNonNull(route, "route");
        List<GroupCost> kept = groups.stream().filter(g -> g.route().equalsIgnoreCase(route)).toList();
        List<UnmatchedModel> missing = unmatched.stream().filter(u -> u.route().equalsIgnoreCase(route)).toList();
        long keptRows = kept.stream().mapToLong(GroupCost::rows).sum() + missing.stream().mapToLong(UnmatchedModel::rows).sum();
        return new UsageCost(kept, missing, keptRows);
    }

    /** The counts of all usage no entry matched, summed. */
    public BucketCounts unmatchedCounts() {
        BucketCounts.Builder sum = BucketCounts.builder();
        unmatched.forEach(u -> sum.add(u.counts()));
        return sum.build();
    }

    private static ModelCost modelCost(PriceEntry entry, List<GroupCost> entryGroups) {
        BucketCounts.Builder counts = BucketCounts.builder();
        List<BucketLine> lines = new ArrayList<>();
        List<PricingNote> notes = new ArrayList<>();
        Map<ModelMatch.Matched, Boolean> matches = new LinkedHashMap<>();
        long rows = 0;
        for (GroupCost group : entryGroups) {
            counts.add(group.counts());
            lines.addAll(group.lines());
            notes.addAll(group.notes());
            group.matches().forEach(m -> matches.putIfAbsent(m, Boolean.TRUE));
            rows += group.rows();
        }
        return new ModelCost(entry, CostSums.money(entryGroups, GroupCost::cost), counts.build(), rows,
                CostSums.lines(lines), List.copyOf(matches.keySet()), CostSums.notes(notes));
    }
}
