package dev.ratecard.scenario;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Reshapes a month of bucket counts while keeping counts whole: a total is split in proportion to the old
 * counts, each part rounded half-even, and the rounding remainder given to the largest bucket so that the parts
 * add up to the total exactly.
 */
final class BucketMix {
    private BucketMix() {
    }

    static BucketCounts scale(BucketCounts counts, long newTotal) {
        long oldTotal = counts.totalTokens();
        BucketCounts.Builder b = BucketCounts.builder();
        b.add(split(counts, UsageBucket.tokenBuckets(), newTotal, UsageBucket.OUTPUT_TEXT));
        b.set(UsageBucket.REQUESTS, proportion(counts.get(UsageBucket.REQUESTS), newTotal, oldTotal));
        b.set(UsageBucket.WEB_SEARCH, proportion(counts.get(UsageBucket.WEB_SEARCH), newTotal, oldTotal));
        return b.build();
    }

    static BucketCounts withOutputShare(BucketCounts counts, BigDecimal share) {
        long total = counts.totalTokens();
        long output = BigDecimal.valueOf(total).multiply(share).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        BucketCounts.Builder b = BucketCounts.builder();
        b.add(split(counts, side(UsageBucket.Side.OUTPUT), output, UsageBucket.OUTPUT_TEXT));
        b.add(split(counts, side(UsageBucket.Side.INPUT), total - output, UsageBucket.UNCACHED_INPUT));
        b.set(UsageBucket.REQUESTS, counts.get(UsageBucket.REQUESTS));
        b.set(UsageBucket.WEB_SEARCH, counts.get(UsageBucket.WEB_SEARCH));
        return b.build();
    }

    static BucketCounts withCacheHitShare(BucketCounts counts, BigDecimal share) {
        long input = counts.inputTokens();
        long reads = BigDecimal.valueOf(input).multiply(share).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        long others = input - counts.get(UsageBucket.UNCACHED_INPUT) - counts.get(UsageBucket.CACHE_READ);
        long uncached = input - others - reads;
        if (uncached < 0) {
            throw new InvalidParameterException("cache_hit_share", share.toPlainString(),
                    "cache reads and the other input buckets would exceed the input tokens");
        }
        BucketCounts.Builder b = BucketCounts.builder().add(counts);
        b.set(UsageBucket.CACHE_READ, reads);
        b.set(UsageBucket.UNCACHED_INPUT, uncached);
        return b.build();
    }

    private static List<UsageBucket> side(UsageBucket.Side side) {
        return UsageBucket.tokenBuckets().stream().filter(b -> b.side() == side).toList();
    }

    /** {@code total} tokens over {@code buckets} in the proportions of {@code counts}; all to {@code fallback} if those are zero. */
    private static BucketCounts split(BucketCounts counts, List<UsageBucket> buckets, long total, UsageBucket fallback) {
        long old = 0;
        UsageBucket largest = fallback;
        for (UsageBucket bucket : buckets) {
            old += counts.get(bucket);
            if (counts.get(bucket) > counts.get(largest)) {
                largest = bucket;
            }
        }
        BucketCounts.Builder b = BucketCounts.builder();
        if (old == 0) {
            return b.set(fallback, total).build();
        }
        long assigned = 0;
        for (UsageBucket bucket : buckets) {
            long part = proportion(counts.get(bucket), total, old);
            b.set(bucket, part);
            assigned += part;
        }
        b.add(largest, total - assigned);
        return b.build();
    }

    private static long proportion(long count, long newTotal, long oldTotal) {
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(newTotal))
                .divide(BigDecimal.valueOf(oldTotal), 0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
