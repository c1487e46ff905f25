package dev.ratecard.pricing;

import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Token sums of one group, as {@code long}s per band and bucket, with what is needed to trace them: row
 * count, the first few source rows, the model names that fed it, and how many rows needed an assumption.
 * Adding a row does no decimal arithmetic. Not thread-safe.
 */
final class GroupAccumulator {
    static final int BUCKETS = UsageBucket.all().size();

    final GroupKey key;
    final EntryPricing pricing;
    final long[] bands;
    final List<SourceRef> samples = new ArrayList<>();
    final Map<ModelMatch.Matched, long[]> rowsByMatch = new IdentityHashMap<>();
    long rows;
    long tierAssumedRows;
    long timeUnknownRows;
    private final int maxSamples;
    private ModelMatch.Matched lastMatch;
    private long[] lastMatchRows;

    GroupAccumulator(GroupKey key, EntryPricing pricing, int maxSamples) {
        this.key = key;
        this.pricing = pricing;
        this.bands = new long[pricing.bands() * BUCKETS];
        this.maxSamples = maxSamples;
    }

    /** Adds counts to one band: the base band, or a whole-request tier's. */
    void add(long[] counts, int band) {
        int offset = band * BUCKETS;
        for (int b = 0; b < BUCKETS; b++) {
            bands[offset + b] = Math.addExact(bands[offset + b], counts[b]);
        }
    }

    void addGraduated(long[] counts, int tier) {
        long[] split = new long[bands.length];
        pricing.tiers().splitGraduated(counts, tier, split);
        for (int i = 0; i < bands.length; i++) {
            bands[i] = Math.addExact(bands[i], split[i]);
        }
    }

    void row(SourceRef source, ModelMatch.Matched match, boolean tierAssumed, boolean timeUnknown) {
        rows++;
        if (tierAssumed) {
            tierAssumedRows++;
        }
        if (timeUnknown) {
            timeUnknownRows++;
        }
        if (source != null && samples.size() < maxSamples) {
            samples.add(source);
        }
        if (match != null) {
            if (match != lastMatch) {
                lastMatch = match;
                lastMatchRows = rowsByMatch.computeIfAbsent(match, m -> new long[1]);
            }
            lastMatchRows[0]++;
        }
    }

    long count(int band, UsageBucket bucket) {
        return bands[band * BUCKETS + bucket.ordinal()];
    }
}
