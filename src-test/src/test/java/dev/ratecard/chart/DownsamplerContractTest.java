package dev.ratecard.chart;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every downsampler promises, whichever points it picks. */
class DownsamplerContractTest {

    static Stream<Downsampler> downsamplers() {
        return Stream.of(new LttbDownsampler(), new MinMaxDownsampler());
    }

    @ParameterizedTest
    @MethodSource("downsamplers")
    void keepsEveryPointOfASeriesThatFits(Downsampler downsampler) {
        double[] xs = {1, 2, 3, 4};
        double[] ys = {4, 3, 2, 1};
        assertArrayEquals(new int[] {0, 1, 2, 3}, downsampler.select(xs, ys, 4));
        assertArrayEquals(new int[] {0, 1, 2, 3}, downsampler.select(xs, ys, Downsampler.DEFAULT_MAX_POINTS));
    }

    @ParameterizedTest
    @MethodSource("downsamplers")
    void keepsFirstLastAndExtremesWithinTheBudget(Downsampler downsampler) {
        int n = 100_000;
        double[] xs = IntStream.range(0, n).asDoubleStream().toArray();
        double[] ys = IntStream.range(0, n).mapToDouble(i -> Math.sin(i / 500.0)).toArray();
        // A one-day spike and a one-day dip far from any peak of the wave: what a cost chart must never lose.
        ys[37_123] = 7.5;
        ys[80_001] = -3.25;

        for (int maxPoints : new int[] {4, 5, 100, Downsampler.DEFAULT_MAX_POINTS}) {
            int[] kept = downsampler.select(xs, ys, maxPoints);
            assertTrue(kept.length <= maxPoints, "kept " + kept.length + " of at most " + maxPoints);
            assertEquals(0, kept[0]);
            assertEquals(n - 1, kept[kept.length - 1]);
            assertTrue(contains(kept, 37_123), "the spike is kept at maxPoints " + maxPoints);
            assertTrue(contains(kept, 80_001), "the dip is kept at maxPoints " + maxPoints);
            assertStrictlyAscending(kept);
        }
    }

    @ParameterizedTest
    @MethodSource("downsamplers")
    void reducesTheSourceObjectsThemselvesSoExactValuesSurvive(Downsampler downsampler) {
        record DailyCost(int day, String exactUsd) {
        }
        List<DailyCost> days = IntStream.range(0, 10_000)
                .mapToObj(day -> new DailyCost(day, day == 4_321 ? "912.000000075" : "1.5"))
                .toList();

        List<DailyCost> reduced = downsampler.reduce(days, DailyCost::day, d -> Double.parseDouble(d.exactUsd()), 50);

        assertTrue(reduced.size() <= 50);
        assertTrue(reduced.contains(new DailyCost(4_321, "912.000000075")));
        assertEquals(days.get(0), reduced.get(0));
        assertEquals(days.get(9_999), reduced.get(reduced.size() - 1));
    }

    @ParameterizedTest
    @MethodSource("downsamplers")
    void rejectsSeriesItCannotReduceWithTheReason(Downsampler downsampler) {
        double[] three = {0, 1, 2};
        assertEquals("a series needs as many y values as x values: 3 x, 2 y",
                assertThrows(IllegalArgumentException.class, () -> downsampler.select(three, new double[] {0, 1}, 10))
                        .getMessage());
        assertEquals("a reduced series keeps its first, last, lowest and highest point, so maxPoints must be at least 4; it was 3",
                assertThrows(IllegalArgumentException.class, () -> downsampler.select(three, three, 3)).getMessage());
        assertEquals("point 1 is not finite: (1.0, NaN)",
                assertThrows(IllegalArgumentException.class,
                        () -> downsampler.select(three, new double[] {0, Double.NaN, 2}, 10)).getMessage());
        assertEquals("x must not decrease: x[2] = 0.5 follows x[1] = 1.0",
                assertThrows(IllegalArgumentException.class,
                        () -> downsampler.select(new double[] {0, 1, 0.5}, three, 10)).getMessage());
    }

    private static boolean contains(int[] indices, int index) {
        return Arrays.stream(indices).anyMatch(i -> i == index);
    }

    private static void assertStrictlyAscending(int[] indices) {
        for (int i = 1; i < indices.length; i++) {
            assertTrue(indices[i] > indices[i - 1], "indices ascend without repeats: " + Arrays.toString(indices));
        }
    }
}
