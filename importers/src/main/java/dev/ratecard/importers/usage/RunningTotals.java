package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;

/**
 * The token totals of a read, added to in place: a new {@link BucketCounts} per row would be an allocation per
 * row on the reading thread. A row whose counts would overflow a total changes nothing.
 */
final class RunningTotals {
    private static final UsageBucket[] BUCKETS = UsageBucket.values();

    private long[] totals = new long[BUCKETS.length];
    private long[] next = new long[BUCKETS.length];

    /** @throws ArithmeticException when a total would no longer fit 64 bits; the totals are then unchanged */
    void add(BucketCounts counts) {
        for (int i = 0; i < BUCKETS.length; i++) {
            next[i] = Math.addExact(totals[i], counts.get(BUCKETS[i]));
        }
        long[] added = next;
        next = totals;
        totals = added;
    }

    BucketCounts counts() {
        BucketCounts.Builder builder = BucketCounts.builder();
        for (int i = 0; i < BUCKETS.length; i++) {
            builder.set(BUCKETS[i], totals[i]);
        }
        return builder.build();
    }
}
