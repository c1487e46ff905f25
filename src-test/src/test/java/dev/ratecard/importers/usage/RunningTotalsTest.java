package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunningTotalsTest {

    @Test
    void addsEveryBucketOfEveryRow() {
        RunningTotals totals = new RunningTotals();
        totals.add(BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, 600).set(UsageBucket.CACHE_READ, 400)
                .set(UsageBucket.OUTPUT_TEXT, 500).build());
        totals.add(BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, 1).set(UsageBucket.REQUESTS, 1).build());
        totals.add(BucketCounts.ZERO);

        // 600 + 1 uncached, 400 cache reads, 500 output, 1 request.
        assertEquals(BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, 601).set(UsageBucket.CACHE_READ, 400)
                .set(UsageBucket.OUTPUT_TEXT, 500).set(UsageBucket.REQUESTS, 1).build(), totals.counts());
    }

    /** The overflowing row is rejected by the reader; the totals must not keep the buckets added before the overflow. */
    @Test
    void aRowThatWouldOverflowATotalChangesNothing() {
        RunningTotals totals = new RunningTotals();
        totals.add(BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, 10).set(UsageBucket.WEB_SEARCH, Long.MAX_VALUE).build());
        BucketCounts before = totals.counts();

        assertThrows(ArithmeticException.class, () -> totals.add(BucketCounts.builder()
                .set(UsageBucket.UNCACHED_INPUT, 5).set(UsageBucket.WEB_SEARCH, 1).build()));

        assertEquals(before, totals.counts());
        totals.add(BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, 5).build());
        assertEquals(15, totals.counts().get(UsageBucket.UNCACHED_INPUT));
    }
}
