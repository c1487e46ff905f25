package dev.ratecard.store;

import java.time.Instant;

/**
 * Which stored rows to read: those whose start lies in {@code [from, to)}. Either end may be {@code null}
 * for "no limit". A bucket that starts before {@code from} is left out even if it reaches into the range.
 */
public record UsageFilter(Instant from, Instant to) {
    public static final UsageFilter ALL = new UsageFilter(null, null);

    public UsageFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to: " + from + " >= " + to);
        }
    }

    public static UsageFilter between(Instant from, Instant to) {
        return new UsageFilter(from, to);
    }
}
