package dev.ratecard.workspace.costing;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.GroupCost;
import dev.ratecard.pricing.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Compares what sources reported with what the same rows cost at direct list prices. Rows with a reported cost
 * are priced apart per reported figure (currency, invoiced or estimated, column), so that a line never mixes two
 * kinds of figure; their reported amounts are added up exactly beside the engine's sums.
 */
final class Reconciler {
    /** The reported amounts of the rows of one slot. */
    private static final class Reported {
        long rows;
        BigDecimal amount = BigDecimal.ZERO;
    }

    /** One reported figure's rows: their pricing run and their amounts per slot. */
    private record Basis(UsagePricer pricer, Map<UsagePricer.Slot, Reported> bySlot) {
    }

    private record LineKey(PriceEntry entry, String route) {
        @Override
        public boolean equals(Object o) {
            return o instanceof LineKey other && entry == other.entry && route.equals(other.route);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(entry) + route.hashCode();
        }
    }

    private final Supplier<UsagePricer> newPricer;
    private final Map<ReportedBasis, Basis> byBasis = new LinkedHashMap<>();
    private long rows;
    private long rowsWithoutCost;

    /** @param newPricer a pricing run at direct list prices, one per reported figure */
    Reconciler(Supplier<UsagePricer> newPricer) {
        this.newPricer = Objects.requireNonNull(newPricer, "newPricer");
    }

    void add(UsageRecord record) {
        rows++;
        if (record.reportedCost() == null) {
            rowsWithoutCost++;
            return;
        }
        Basis basis = byBasis.computeIfAbsent(ReportedBasis.of(record.reportedCost()),
                b -> new Basis(newPricer.get(), new IdentityHashMap<>()));
        UsagePricer.Slot slot = basis.pricer().place(record);
        Reported reported = basis.bySlot().computeIfAbsent(slot, s -> new Reported());
        reported.rows++;
        reported.amount = reported.amount.add(record.reportedCost().amount());
    }

    Reconciliation finish() {
        List<ReconciliationLine> lines = new ArrayList<>();
        Map<List<Object>, UnreconciledModel> unpriced = new LinkedHashMap<>();
        byBasis.forEach((basis, run) -> {
            PricedUsage priced = run.pricer().finish();
            Map<LineKey, List<UsagePricer.Slot>> slotsByLine = new LinkedHashMap<>();
            run.bySlot().forEach((slot, reported) -> {
                if (slot.entry == null) {
                    // Rows of one model served by several hosts were matched as the same maker: one line.
                    unpriced.merge(Arrays.asList(slot.route, slot.matchedAs, slot.model, basis),
                            new UnreconciledModel(slot.route, slot.matchedAs, slot.model, basis, reported.rows,
                                    new Money(reported.amount, basis.currency()), slot.reason),
                            (a, b) -> new UnreconciledModel(a.route(), a.provider(), a.model(), basis,
                                    a.rows() + b.rows(), a.reported().plus(b.reported()), a.reason()));
                } else {
                    slotsByLine.computeIfAbsent(new LineKey(slot.entry, slot.route), k -> new ArrayList<>()).add(slot);
                }
            });
            slotsByLine.forEach((key, slots) -> lines.add(line(key, slots, run, basis, priced)));
        });
        lines.sort((a, b) -> b.costs().reported().amount().compareTo(a.costs().reported().amount()));
        return new Reconciliation(lines, List.copyOf(unpriced.values()), rows, rowsWithoutCost);
    }

    private static ReconciliationLine line(LineKey key, List<UsagePricer.Slot> slots, Basis run, ReportedBasis basis,
                                           PricedUsage priced) {
        long lineRows = 0;
        BigDecimal reported = BigDecimal.ZERO;
        Set<String> names = new LinkedHashSet<>();
        for (UsagePricer.Slot slot : slots) {
            Reported amounts = run.bySlot().get(slot);
            lineRows += amounts.rows;
            reported = reported.add(amounts.amount);
            names.add(slot.model);
        }
        Money recomputed = null;
        boolean complete = true;
        PriceSource sheet = slots.getFirst().sheet;
        for (SheetUsage sheetUsage : priced.sheets()) {
            for (GroupCost group : sheetUsage.cost().groups()) {
                if (group.entry() == key.entry() && group.route().equals(key.route())) {
                    recomputed = recomputed == null ? group.cost() : recomputed.plus(group.cost());
                    complete &= group.isComplete();
                }
            }
        }
        Money zero = Money.zero(key.entry().currency());
        return new ReconciliationLine(key.route(), sheet, key.entry(), List.copyOf(names), basis, lineRows,
                new CostComparison(new Money(reported, basis.currency()), recomputed == null ? zero : recomputed),
                complete);
    }
}
