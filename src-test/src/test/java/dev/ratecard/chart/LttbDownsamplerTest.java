package dev.ratecard.chart;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class LttbDownsamplerTest {

    @Test
    void picksTheLargestTriangleAndAddsTheExtremesItMissed() {
        double[] xs = {0, 1, 2, 3, 4, 5, 6};
        double[] ys = {0, 1, 2, -4, 4, 9, 6};
        // maxPoints 5 leaves 3 for LTTB: first, one bucket (indices 1..5), last.
        // The bucket's point is the one spanning the largest triangle with (0, 0) and the last point (6, 6):
        // area ~ |(0 - 6)(y - 0) - (0 - x)(6 - 0)| = 6|x - y| -> 0, 0, 42, 0, 24 for x = 1..5, so index 3.
        // LTTB alone would drop index 5, the highest point (y 9); it is added back.
        assertArrayEquals(new int[] {0, 3, 5, 6}, new LttbDownsampler().select(xs, ys, 5));
    }

    @Test
    void keepsOnlyFirstAndLastBesidesExtremesWhenTheBudgetIsFour() {
        double[] xs = {0, 1, 2, 3, 4, 5};
        double[] ys = {3, 3, 7, 3, 1, 3};
        // maxPoints 4 leaves 2 for LTTB (first, last) and 2 for the highest (index 2) and lowest (index 4).
        assertArrayEquals(new int[] {0, 2, 4, 5}, new LttbDownsampler().select(xs, ys, 4));
    }
}
