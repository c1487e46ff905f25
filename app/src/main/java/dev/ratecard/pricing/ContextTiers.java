package dev.ratecard.pricing;

import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.UsageBucket;

import java.util.List;

/**
 * An entry's context tiers: which one a request falls in, and how its tokens divide between the base rates
 * and the tiers' ({@code band} 0 is the base rates, band {@code k + 1} tier {@code k}). Counts are indexed
 * by {@link UsageBucket#ordinal()}.
 *
 * <p>Graduated tiers re-price only the prompt tokens past the threshold. Which tokens those are is an
 * assumption, stated here because it changes the cost when the buckets have different rates: a prompt is
 * taken to run cache read, 1-hour cache write, 5-minute cache write, image, audio, then uncached text (the
 * cached prefix comes first, as Anthropic's caching requires), so the tokens past the threshold are the
 * uncached ones first. Output and per-call buckets stay at the base rates.
 */
final class ContextTiers {
    static final int BASE = -1;

    private static final List<UsageBucket> PROMPT_ORDER = List.of(UsageBucket.CACHE_READ, UsageBucket.CACHE_WRITE_1H,
            UsageBucket.CACHE_WRITE_5M, UsageBucket.IMAGE_INPUT, UsageBucket.AUDIO_INPUT, UsageBucket.UNCACHED_INPUT);

    private final List<ContextTier> tiers;

    ContextTiers(List<ContextTier> tiers) {
        this.tiers = List.copyOf(tiers);
    }

    boolean isEmpty() {
        return tiers.isEmpty();
    }

    int size() {
        return tiers.size();
    }

    ContextTier get(int index) {
        return tiers.get(index);
    }

    /** The highest tier this one request passes, or {@link #BASE}. */
    int select(long[] counts) {
        for (int i = tiers.size() - 1; i >= 0; i--) {
            ContextTier tier = tiers.get(i);
            if (tier.appliesTo(promptSize(counts, tier.basis()))) {
                return i;
            }
        }
        return BASE;
    }

    boolean isGraduated(int tier) {
        return tier != BASE && tiers.get(tier).scope() == ContextTier.Scope.GRADUATED;
    }

    /**
     * Adds one request's counts, already known to fall in graduated {@code tier}, to {@code bands}
     * ({@code bands[band * buckets + bucket]}): each basis token goes to the band its position in the prompt
     * falls in, every other count to the base band.
     */
    void splitGraduated(long[] counts, int tier, long[] bands) {
        int buckets = counts.length;
        for (int b = 0; b < buckets; b++) {
            bands[b] += counts[b];
        }
        ContextTier.Basis basis = tiers.get(tier).basis();
        long position = 0;
        for (UsageBucket bucket : PROMPT_ORDER) {
            if (!counts(basis, bucket)) {
                continue;
            }
            long first = position + 1;
            long last = position + counts[bucket.ordinal()];
            for (int t = 0; t <= tier; t++) {
                if (!isGraduated(t)) {
                    continue;
                }
                long bandStart = Math.max(first, tokensBefore(t) + 1);
                long bandEnd = Math.min(last, t == tier ? Long.MAX_VALUE : nextGraduatedStart(t, tier));
                if (bandEnd >= bandStart) {
                    long moved = bandEnd - bandStart + 1;
                    bands[bucket.ordinal()] -= moved;
                    bands[(t + 1) * buckets + bucket.ordinal()] += moved;
                }
            }
            position = last;
        }
    }

    /** True when summed usage passes any threshold, so that some of its requests may have been in a tier. */
    boolean anyApplies(long[] counts) {
        for (ContextTier tier : tiers) {
            if (tier.appliesTo(promptSize(counts, tier.basis()))) {
                return true;
            }
        }
        return false;
    }

    /** Prompt tokens a graduated tier leaves at the rates below it: up to the threshold for {@code >}, one fewer for {@code >=}. */
    private long tokensBefore(int tier) {
        ContextTier t = tiers.get(tier);
        long before = t.comparison() == ContextTier.Comparison.GREATER_THAN ? t.threshold() : t.threshold() - 1;
        return Math.max(0, before);
    }

    private long nextGraduatedStart(int tier, int highest) {
        for (int t = tier + 1; t <= highest; t++) {
            if (isGraduated(t)) {
                return tokensBefore(t);
            }
        }
        return Long.MAX_VALUE;
    }

    static long promptSize(long[] counts, ContextTier.Basis basis) {
        long size = 0;
        for (UsageBucket bucket : PROMPT_ORDER) {
            if (counts(basis, bucket)) {
                size = Math.addExact(size, counts[bucket.ordinal()]);
            }
        }
        return size;
    }

    private static boolean counts(ContextTier.Basis basis, UsageBucket bucket) {
        return switch (basis) {
            case PROMPT_INCLUDING_CACHE -> true;
            case INPUT_AND_CACHE_WRITE -> bucket != UsageBucket.CACHE_READ;
            case UNCACHED_INPUT -> bucket == UsageBucket.UNCACHED_INPUT;
        };
    }
}
