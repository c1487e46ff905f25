package dev.ratecard.workspace.usage;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.store.GroupBy;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.store.UsageGroup;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.costing.CostService;
import dev.ratecard.workspace.costing.PriceChoice;
import dev.ratecard.workspace.costing.Reconciliation;
import dev.ratecard.workspace.costing.UsageSource;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The workspace at a glance: what its usage cost by month, route, provider and model; how much it uses a month,
 * and in the last full month; and what the sources reported against what Ratecard recomputes.
 *
 * @param months        every month with usage, oldest first
 * @param lastFullMonth the latest month with usage that has ended (before the current one), if any
 */
public record WorkspaceFigures(Spend spend, List<MonthVolume> months, Optional<MonthVolume> lastFullMonth,
                               Reconciliation reconciliation) {
    public WorkspaceFigures {
        Objects.requireNonNull(spend, "spend");
        months = List.copyOf(months);
        Objects.requireNonNull(lastFullMonth, "lastFullMonth");
        Objects.requireNonNull(reconciliation, "reconciliation");
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }

    /** Reads and prices all of the workspace's usage, with the aliases as they are now; {@code clock} says what month it is. */
    public static WorkspaceFigures of(Workspace workspace, Clock clock, Progress progress) throws IOException, ImportException {
        List<MonthVolume> months = new ArrayList<>();
        for (UsageGroup group : workspace.database().usage().group(GroupBy.MONTH, UsageFilter.ALL)) {
            months.add(new MonthVolume(YearMonth.parse(group.key()), group.summary().totals(), group.summary().rows(),
                    group.rowsWithoutRequests()));
        }
        CostService costs = workspace.costs();
        UsageSource stored = new UsageSource.Stored(workspace.database(), UsageFilter.ALL);
        Spend spend = Spend.of(costs.price(stored, new PriceChoice.ByRoute(), progress).priced());
        Reconciliation reconciliation = costs.reconcile(stored, progress).reconciliation();
        return new WorkspaceFigures(spend, months, lastFullMonth(months, YearMonth.now(clock.withZone(ZoneOffset.UTC))),
                reconciliation);
    }

    static Optional<MonthVolume> lastFullMonth(List<MonthVolume> months, YearMonth current) {
        return months.stream().filter(m -> m.month().isBefore(current)).reduce((first, second) -> second);
    }
}
