package dev.ratecard.importers.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Counts once built never change, though the builder hands them over without a copy and goes on being used. */
class BucketCountsBuilderTest {

    @Test
    void countsBuiltAreUnchangedByEveryLaterChangeToTheirBuilder() {
        BucketCounts.Builder builder = BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, 5);
        BucketCounts first = builder.build();

        builder.set(UsageBucket.UNCACHED_INPUT, 7);
        BucketCounts second = builder.build();
        builder.add(UsageBucket.OUTPUT_TEXT, 3);
        BucketCounts third = builder.build();
        builder.add(third);
        BucketCounts fourth = builder.build();

        assertEquals(5, first.get(UsageBucket.UNCACHED_INPUT));
        assertEquals(0, first.get(UsageBucket.OUTPUT_TEXT));
        assertEquals(7, second.get(UsageBucket.UNCACHED_INPUT));
        assertEquals(0, second.get(UsageBucket.OUTPUT_TEXT));
        assertEquals(3, third.get(UsageBucket.OUTPUT_TEXT));
        // fourth = third + third: 7 + 7 input, 3 + 3 output.
        assertEquals(14, fourth.get(UsageBucket.UNCACHED_INPUT));
        assertEquals(6, fourth.get(UsageBucket.OUTPUT_TEXT));
        assertEquals(7, third.get(UsageBucket.UNCACHED_INPUT), "adding counts to the builder left those added alone");
    }

    @Test
    void buildingTwiceWithoutAChangeGivesEqualCounts() {
        BucketCounts.Builder builder = BucketCounts.builder().set(UsageBucket.REQUESTS, 1);
        assertEquals(builder.build(), builder.build());
    }

    @Test
    void aNegativeCountIsRefusedAtTheBuild() {
        BucketCounts.Builder builder = BucketCounts.builder().set(UsageBucket.CACHE_READ, -1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals(UsageBucket.CACHE_READ.key() + " is negative: -1", refused.getMessage());
    }
}
