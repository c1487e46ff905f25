package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The month of usage routes are compared on: so many tokens, a share of them output, a share of the input
 * read from the prompt cache, and so many requests (gateways charge and log per request). The default is the
 * design's reference: 100M tokens a month, 25 % output, no cache, at an average of 2,000 tokens a request.
 *
 * <p>Token counts are whole: output is {@code tokens × outputShare} rounded half-even, input the rest; cache
 * reads are {@code input × cacheHitShare} rounded half-even, uncached input the rest, so the buckets always add
 * up to the month's tokens. Cache writes are not part of the reference month.
 */
public record ReferenceWorkload(long tokensPerMonth, BigDecimal outputShare, BigDecimal cacheHitShare,
                                long requestsPerMonth) {
    public static final long DEFAULT_TOKENS = 100_000_000L;
    public static final BigDecimal DEFAULT_OUTPUT_SHARE = new BigDecimal("0.25");
    /** The request size the default request count assumes. */
    public static final long DEFAULT_TOKENS_PER_REQUEST = 2_000L;

    public ReferenceWorkload {
        if (tokensPerMonth <= 0) {
            throw new IllegalArgumentException("tokens a month must be positive: " + tokensPerMonth);
        }
        requireShare(outputShare, "output share");
        requireShare(cacheHitShare, "cache-hit share");
        if (requestsPerMonth < 0) {
            throw new IllegalArgumentException("requests a month is negative: " + requestsPerMonth);
        }
    }

    /** 100M tokens a month, 25 % output, no cache, 50,000 requests (2,000 tokens each). */
    public static ReferenceWorkload defaults() {
        return new ReferenceWorkload(DEFAULT_TOKENS, DEFAULT_OUTPUT_SHARE, BigDecimal.ZERO,
                DEFAULT_TOKENS / DEFAULT_TOKENS_PER_REQUEST);
    }

    /** {@code tokens} a month at {@code outputShare}, no cache, requests of 2,000 tokens (at least one). */
    public static ReferenceWorkload of(long tokens, BigDecimal outputShare) {
        return new ReferenceWorkload(tokens, outputShare, BigDecimal.ZERO, Math.max(1, tokens / DEFAULT_TOKENS_PER_REQUEST));
    }

    public ReferenceWorkload withCacheHitShare(BigDecimal share) {
        return new ReferenceWorkload(tokensPerMonth, outputShare, share, requestsPerMonth);
    }

    public ReferenceWorkload withRequests(long requests) {
        return new ReferenceWorkload(tokensPerMonth, outputShare, cacheHitShare, requests);
    }

    public long outputTokens() {
        return share(tokensPerMonth, outputShare);
    }

    public long inputTokens() {
        return tokensPerMonth - outputTokens();
    }

    public long cacheReadTokens() {
        return share(inputTokens(), cacheHitShare);
    }

    public long uncachedInputTokens() {
        return inputTokens() - cacheReadTokens();
    }

    /** The month as the engine prices it: uncached input, cache reads, output and requests. */
    public BucketCounts counts() {
        return BucketCounts.builder()
                .set(UsageBucket.UNCACHED_INPUT, uncachedInputTokens())
                .set(UsageBucket.CACHE_READ, cacheReadTokens())
                .set(UsageBucket.OUTPUT_TEXT, outputTokens())
                .set(UsageBucket.REQUESTS, requestsPerMonth)
                .build();
    }

    private static long share(long tokens, BigDecimal share) {
        return BigDecimal.valueOf(tokens).multiply(share).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static void requireShare(BigDecimal share, String what) {
        Objects.requireNonNull(share, what);
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and 1: " + share.toPlainString());
        }
    }
}
