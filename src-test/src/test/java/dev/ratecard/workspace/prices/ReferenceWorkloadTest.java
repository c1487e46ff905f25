package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.UsageBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The month routes are compared on, split into whole tokens per bucket. */
class ReferenceWorkloadTest {

    @Test
    void theDefaultIsAHundredMillionTokensAQuarterOfThemOutput() {
        // 100M × 25 % = 25M output, 75M input, no cache; 100M / 2,000 tokens a request = 50,000 requests.
        assertEquals(Map.of(UsageBucket.UNCACHED_INPUT, 75_000_000L, UsageBucket.OUTPUT_TEXT, 25_000_000L,
                UsageBucket.REQUESTS, 50_000L), ReferenceWorkload.defaults().counts().asMap());
    }

    @Test
    void aCacheHitShareMovesThatShareOfTheInputToCacheReads() {
        // 75M input × 40 % = 30M cache reads, 45M uncached.
        ReferenceWorkload workload = ReferenceWorkload.defaults().withCacheHitShare(new BigDecimal("0.40"));

        assertEquals(Map.of(UsageBucket.UNCACHED_INPUT, 45_000_000L, UsageBucket.CACHE_READ, 30_000_000L,
                UsageBucket.OUTPUT_TEXT, 25_000_000L, UsageBucket.REQUESTS, 50_000L), workload.counts().asMap());
    }

    @ParameterizedTest(name = "{0} tokens at {1} output, {2} cache hits")
    @CsvSource(textBlock = """
            # tokens, output share, cache share, output, cache read, uncached
            10,        0.25,         0,          2,      0,          8
            14,        0.25,         0.5,        4,      5,          5
            1000001,   0.25,         0,          250000, 0,          750001
            3,         0.5,          0.5,        2,      0,          1
            """)
    void roundsEachShareHalfEvenAndKeepsEveryToken(long tokens, String outputShare, String cacheShare, long output,
                                                   long cacheRead, long uncached) {
        // 10 × 0.25 = 2.5 → 2 (half-even); 14 × 0.25 = 3.5 → 4, then input 10 × 0.5 = 5;
        // 3 × 0.5 = 1.5 → 2 output, input 1 × 0.5 = 0.5 → 0 cache. The buckets always add up to the tokens.
        ReferenceWorkload workload = ReferenceWorkload.of(tokens, new BigDecimal(outputShare))
                .withCacheHitShare(new BigDecimal(cacheShare));

        assertEquals(output, workload.outputTokens());
        assertEquals(cacheRead, workload.cacheReadTokens());
        assertEquals(uncached, workload.uncachedInputTokens());
        assertEquals(tokens, workload.outputTokens() + workload.cacheReadTokens() + workload.uncachedInputTokens());
    }

    @Test
    void refusesAShareAboveOne() {
        // Gets: the share named with its value, rather than a month with negative input.
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ReferenceWorkload.of(1_000, new BigDecimal("1.2")));

        assertEquals("output share must be between 0 and 1: 1.2", refused.getMessage());
    }

    @Test
    void refusesAMonthWithoutTokens() {
        // Gets: a message, since a month of no tokens has no cost per 1M tokens to rank by.
        assertThrows(IllegalArgumentException.class, () -> ReferenceWorkload.of(0, BigDecimal.ZERO));
    }
}
