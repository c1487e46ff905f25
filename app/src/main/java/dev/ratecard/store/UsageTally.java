package dev.ratecard.store;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.pricing.Money;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Adds up rows into a {@link UsageSummary}, exactly: counts and nano-units as {@code long}s with
 * overflow checks. Fed row by row during an import, or with SQL's partial sums (one per currency) when a
 * query is folded.
 */
final class UsageTally {
    private long rows;
    /** Rows that count no request: every stored row is at least one, so their source states none. */
    private long rowsWithoutRequests;
    private final BucketCounts.Builder totals = BucketCounts.builder();
    /** Each currency's running sum, in a mutable cell: a row adds to it without boxing a new {@code Long}. */
    private final Map<String, long[]> nanosByCurrency = new TreeMap<>();
    private String lastCurrency;
    private long[] lastNanos;
    private long firstStartMs = Long.MAX_VALUE;
    private long lastEndMs = Long.MIN_VALUE;

    void add(UsageRow row) {
        rows = Math.addExact(rows, 1);
        if (row.counts().statesNoRequests()) {
            rowsWithoutRequests++;
        }
        totals.add(row.counts());
        addCost(row.costCurrency(), row.costNanos());
        widen(row.startMs(), row.endMs());
    }

    /**
     * Adds rows already summed elsewhere, {@code withoutRequests} of them counting no request; {@code currency} and
     * {@code nanos} are {@code null} if none stated a cost.
     */
    void add(long rowCount, long withoutRequests, BucketCounts sums, String currency, Long nanos, long firstStart,
             long lastEnd) {
        rows = Math.addExact(rows, rowCount);
        rowsWithoutRequests = Math.addExact(rowsWithoutRequests, withoutRequests);
        totals.add(sums);
        addCost(currency, nanos);
        widen(firstStart, lastEnd);
    }

    long rows() {
        return rows;
    }

    long rowsWithoutRequests() {
        return rowsWithoutRequests;
    }

    UsageSummary summary() {
        if (rows == 0) {
            return UsageSummary.EMPTY;
        }
        Map<String, Money> cost = new TreeMap<>();
        nanosByCurrency.forEach((currency, nanos) -> cost.put(currency, Money.ofNanos(nanos[0], currency)));
        return new UsageSummary(rows, totals.build(), Collections.unmodifiableMap(cost), Optional.of(
                new TimeRange(Instant.ofEpochMilli(firstStartMs), Instant.ofEpochMilli(lastEndMs))));
    }

    void addCost(String currency, Long nanos) {
        if (currency != null && nanos != null) {
            if (!currency.equals(lastCurrency)) {
                lastNanos = nanosByCurrency.computeIfAbsent(currency, c -> new long[1]);
                lastCurrency = currency;
            }
            try {
                lastNanos[0] = Math.addExact(lastNanos[0], nanos);
            } catch (ArithmeticException e) {
                throw new ArithmeticException("the reported costs in " + currency + " add up to more than "
                        + Money.ofNanos(Long.MAX_VALUE, currency) + ", beyond what the store can hold");
            }
        }
    }

    private void widen(long startMs, long endMs) {
        firstStartMs = Math.min(firstStartMs, startMs);
        lastEndMs = Math.max(lastEndMs, endMs);
    }
}
