package dev.ratecard.chart;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class MinMaxDownsamplerTest {

    @Test
    void keepsTheLowestAndHighestPointOfEachRun() {
        double[] xs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] ys = {5, 1, 9, 3, 4, 8, 2, 7, 6, 0};
        // maxPoints 6: first + last + (6 - 2) / 2 = 2 runs over the 8 interior points.
        // Run 1 is indices 1..4 (y 1, 9, 3, 4): lowest 1, highest 2.
        // Run 2 is indices 5..8 (y 8, 2, 7, 6): highest 5, lowest 6.
        assertArrayEquals(new int[] {0, 1, 2, 5, 6, 9}, new MinMaxDownsampler().select(xs, ys, 6));
    }

    @Test
    void keepsOnePointForARunThatIsFlat() {
        double[] xs = {0, 1, 2, 3, 4, 5};
        double[] ys = {1, 2, 2, 2, 2, 1};
        // maxPoints 4: one run over indices 1..4, all equal, so its lowest and highest are the same point.
        assertArrayEquals(new int[] {0, 1, 5}, new MinMaxDownsampler().select(xs, ys, 4));
    }
}
