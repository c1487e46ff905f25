package dev.ratecard.workspace.usage;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.Money;
import dev.ratecard.store.GroupBy;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.costing.CostService;
import dev.ratecard.workspace.costing.PriceChoice;
import dev.ratecard.workspace.costing.UsagePricer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Stored usage grouped by model, provider, route, day, month or a tag, each group with its recomputed cost: one
 * pass over the rows, each row added to its group's sums and to its group's own pricing run (so a group's cost is
 * its tokens summed per bucket and multiplied once, as every cost is), and to the total's.
 */
public final class StoredUsageTable {
    private static final int PROGRESS_EVERY = 8_192;

    private StoredUsageTable() {
    }

    /**
     * @param rows     one per key, in key order, rows without a key last
     * @param total    all rows together
     * @param tagNames every tag name the rows carry, for grouping by tag
     */
    public record Table(List<UsageTableRow> rows, UsageTableRow total, SortedSet<String> tagNames) {
        public Table {
            rows = List.copyOf(rows);
            Objects.requireNonNull(total, "total");
            tagNames = Collections.unmodifiableSortedSet(new TreeSet<>(tagNames));
        }
    }

    /** The workspace's usage within {@code filter}, grouped {@code by}, priced by route with the current aliases. */
    public static Table of(Workspace workspace, GroupBy by, UsageFilter filter, Progress progress) {
        CostService costs = workspace.costs();
        try (Stream<UsageRecord> records = workspace.database().usage().stream(filter)) {
            return build(records, by, () -> costs.pricer(new PriceChoice.ByRoute()), progress);
        }
    }

    /** Groups {@code records} {@code by}, each group priced by a run from {@code pricers}. */
    public static Table build(Stream<UsageRecord> records, GroupBy by, Supplier<UsagePricer> pricers, Progress progress) {
        Function<UsageRecord, String> keyOf = GroupKeys.of(by);
        Map<String, Accumulator> groups = new HashMap<>();
        Accumulator total = new Accumulator(pricers.get());
        SortedSet<String> tagNames = new TreeSet<>();
        long[] seen = {0};
        records.forEach(record -> {
            groups.computeIfAbsent(keyOf.apply(record), key -> new Accumulator(pricers.get())).add(record);
            total.add(record);
            tagNames.addAll(record.tags().keySet());
            if (++seen[0] % PROGRESS_EVERY == 0) {
                progress.update(seen[0], -1);
                progress.checkCancelled();
            }
        });
        List<UsageTableRow> rows = new ArrayList<>();
        groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(group -> rows.add(group.getValue().row(group.getKey())));
        return new Table(rows, total.row(null), tagNames);
    }

    /** The sums and the pricing run of one group. */
    private static final class Accumulator {
        private final UsagePricer pricer;
        private final BucketCounts.Builder totals = BucketCounts.builder();
        private final Map<String, BigDecimal> reported = new TreeMap<>();
        private long rows;
        private long rowsWithoutRequests;

        Accumulator(UsagePricer pricer) {
            this.pricer = pricer;
        }

        void add(UsageRecord record) {
            rows++;
            if (record.counts().statesNoRequests()) {
                rowsWithoutRequests++;
            }
            totals.add(record.counts());
            ReportedCost cost = record.reportedCost();
            if (cost != null) {
                reported.merge(cost.currency(), cost.amount(), BigDecimal::add);
            }
            pricer.add(record);
        }

        UsageTableRow row(String key) {
            Map<String, Money> money = new TreeMap<>();
            reported.forEach((currency, amount) -> money.put(currency, new Money(amount, currency)));
            return new UsageTableRow(key, rows, totals.build(), money, pricer.finish(), rowsWithoutRequests);
        }
    }
}
