package dev.ratecard.scenario;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A workload described by its shape rather than imported. Shares are fractions. Requests come either as a
 * monthly count or from the tokens per request ({@code requests = tokens / (input + output per request)}).
 *
 * @param cacheHitShare   share of input tokens read from the prompt cache
 * @param cacheWriteShare share of input tokens written to the cache (5-minute lifetime)
 */
public record SyntheticWorkload(String model, long tokensPerMonth, BigDecimal outputShare, BigDecimal cacheHitShare,
                                BigDecimal cacheWriteShare, BigDecimal batchShare, Long requestsPerMonth,
                                Long inputTokensPerRequest, Long outputTokensPerRequest, BigDecimal peakToAverage,
                                BigDecimal growthPerMonth) {
    public SyntheticWorkload {
        Objects.requireNonNull(model, "model");
        Check.positive("tokens_per_month", tokensPerMonth);
        Check.fraction("output_share", outputShare);
        Check.fraction("cache_hit_share", cacheHitShare);
        Check.fraction("cache_write_share", cacheWriteShare);
        if (cacheHitShare.add(cacheWriteShare).compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidParameterException("cache_write_share", cacheWriteShare.toPlainString(),
                    "cache hits and cache writes together cannot exceed the input tokens");
        }
        if (requestsPerMonth == null && (inputTokensPerRequest == null || outputTokensPerRequest == null)) {
            throw new InvalidParameterException("requests_per_month", "nothing",
                    "give requests per month, or input and output tokens per request");
        }
        if (requestsPerMonth != null) {
            Check.nonNegative("requests_per_month", requestsPerMonth);
        } else {
            Check.nonNegative("tokens_per_request.input", inputTokensPerRequest);
            Check.positive("tokens_per_request.output", outputTokensPerRequest);
        }
    }

    /** One month of it: output rounded half-even to whole tokens, the rest input, split into cache hits and writes. */
    public Workload toWorkload(String label) {
        long output = share(tokensPerMonth, outputShare);
        long input = tokensPerMonth - output;
        long reads = share(input, cacheHitShare);
        long writes = share(input, cacheWriteShare);
        long requests = requestsPerMonth != null ? requestsPerMonth
                : BigDecimal.valueOf(tokensPerMonth)
                        .divide(BigDecimal.valueOf(inputTokensPerRequest + outputTokensPerRequest), 0, RoundingMode.HALF_EVEN)
                        .longValueExact();
        BucketCounts monthly = BucketCounts.builder()
                .set(UsageBucket.UNCACHED_INPUT, input - reads - writes)
                .set(UsageBucket.CACHE_READ, reads)
                .set(UsageBucket.CACHE_WRITE_5M, writes)
                .set(UsageBucket.OUTPUT_TEXT, output)
                .set(UsageBucket.REQUESTS, requests)
                .build();
        return new Workload(label, model, monthly, batchShare, peakToAverage, growthPerMonth);
    }

    private static long share(long tokens, BigDecimal fraction) {
        return BigDecimal.valueOf(tokens).multiply(fraction).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
