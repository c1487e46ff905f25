package dev.ratecard.store;

import java.util.List;
import java.util.Objects;

/**
 * Usage grouped by one dimension, with the sums over all of the groups' rows: what a grouped table shows, its
 * total line included, from one pass over the rows.
 *
 * @param totalRowsWithoutRequests the rows, of all the groups, that count no request ({@link UsageGroup#rowsWithoutRequests()})
 */
public record GroupedUsage(List<UsageGroup> groups, UsageSummary total, long totalRowsWithoutRequests) {
    public GroupedUsage {
        groups = List.copyOf(groups);
        Objects.requireNonNull(total, "total");
    }
}
