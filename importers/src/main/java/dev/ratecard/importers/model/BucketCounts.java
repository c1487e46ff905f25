package dev.ratecard.importers.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts per {@link UsageBucket}, as {@code long}s. Immutable; never negative. Adding two counts uses exact
 * arithmetic so that a sum that does not fit a {@code long} fails instead of wrapping.
 */
public final class BucketCounts {
    private static final int SIZE = UsageBucket.all().size();
    public static final BucketCounts ZERO = new BucketCounts(new long[SIZE]);

    private final long[] counts;

    private BucketCounts(long[] counts) {
        this.counts = counts;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static BucketCounts of(Map<UsageBucket, Long> counts) {
        Builder builder = builder();
        counts.forEach(builder::set);
        return builder.build();
    }

    public long get(UsageBucket bucket) {
        return counts[bucket.ordinal()];
    }

    /** Prompt size as the tier rules of most sheets count it: uncached input plus cache reads and writes, plus audio and image input. */
    public long inputTokens() {
        long sum = 0;
        for (UsageBucket b : UsageBucket.tokenBuckets()) {
            if (b.side() == UsageBucket.Side.INPUT) {
                sum = Math.addExact(sum, counts[b.ordinal()]);
            }
        }
        return sum;
    }

    public long outputTokens() {
        long sum = 0;
        for (UsageBucket b : UsageBucket.tokenBuckets()) {
            if (b.side() == UsageBucket.Side.OUTPUT) {
                sum = Math.addExact(sum, counts[b.ordinal()]);
            }
        }
        return sum;
    }

    public long totalTokens() {
        return Math.addExact(inputTokens(), outputTokens());
    }

    /**
     * Whether a stored row with these counts left its requests unstated: every row stands for at least one request,
     * so a row counting none comes from a source that gives no request counts (Anthropic's usage report, a billing
     * export), and the requests of any sum it is part of are a floor.
     */
    public boolean statesNoRequests() {
        return get(UsageBucket.REQUESTS) == 0;
    }

    public boolean isZero() {
        for (long c : counts) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }

    public BucketCounts plus(BucketCounts other) {
        long[] sum = new long[SIZE];
        for (int i = 0; i < SIZE; i++) {
            sum[i] = Math.addExact(counts[i], other.counts[i]);
        }
        return new BucketCounts(sum);
    }

    /** The non-zero counts, in bucket order. */
    public Map<UsageBucket, Long> asMap() {
        Map<UsageBucket, Long> map = new EnumMap<>(UsageBucket.class);
        for (UsageBucket b : UsageBucket.all()) {
            if (counts[b.ordinal()] != 0) {
                map.put(b, counts[b.ordinal()]);
            }
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BucketCounts other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "BucketCounts" + asMap();
    }

    /**
     * Mutable accumulator for readers and aggregations; {@link #build()} checks that no count is negative. A build hands
     * the counts over without copying them, since a reader builds once a row; a change after it copies them first.
     */
    public static final class Builder {
        private long[] counts = new long[SIZE];
        /** Whether a {@link BucketCounts} holds {@link #counts}: a change must not reach it. */
        private boolean built;

        public Builder set(UsageBucket bucket, long count) {
            own()[bucket.ordinal()] = count;
            return this;
        }

        public Builder add(UsageBucket bucket, long count) {
            long[] own = own();
            own[bucket.ordinal()] = Math.addExact(own[bucket.ordinal()], count);
            return this;
        }

        public Builder add(BucketCounts other) {
            long[] own = own();
            for (int i = 0; i < SIZE; i++) {
                own[i] = Math.addExact(own[i], other.counts[i]);
            }
            return this;
        }

        public long get(UsageBucket bucket) {
            return counts[bucket.ordinal()];
        }

        public BucketCounts build() {
            for (UsageBucket b : UsageBucket.all()) {
                if (counts[b.ordinal()] < 0) {
                    throw new IllegalArgumentException(b.key() + " is negative: " + counts[b.ordinal()]);
                }
            }
            built = true;
            return new BucketCounts(counts);
        }

        private long[] own() {
            if (built) {
                counts = counts.clone();
                built = false;
            }
            return counts;
        }
    }
}
