package dev.ratecard.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogScaleTest {

    @Test
    void labelsEachDecadeAndMarksTwoAndFiveTimesItOverAWideRange() {
        LogScale scale = new LogScale(1e6, 1e11);

        assertEquals(List.of("1M", "10M", "100M", "1B", "10B", "100B"), labels(scale));
        assertEquals(List.of("2M", "5M", "20M", "50M", "200M", "500M", "2B", "5B", "20B", "50B"), minorTicks(scale));
    }

    @Test
    void labelsOneTwoFiveWithinTwoDecades() {
        LogScale scale = new LogScale(2e6, 5e7);

        assertEquals(List.of("2M", "5M", "10M", "20M", "50M"), labels(scale));
        assertEquals(List.of("3M", "4M", "6M", "7M", "8M", "9M", "30M", "40M"), minorTicks(scale));
    }

    @Test
    void labelsEveryOtherDecadeOverFourteenDecadesSoLabelsDoNotCollide() {
        LogScale scale = new LogScale(1, 1e14);

        // ceil(14 / 12) = 2: even exponents labelled, odd ones minor, no 2x/5x ticks.
        assertEquals(List.of("1", "100", "10K", "1M", "100M", "10B", "1T", "100T"), labels(scale));
        assertEquals(List.of("10", "1K", "100K", "10M", "1B", "100B", "10T"), minorTicks(scale));
    }

    @Test
    void ticksBelowOneAreExact() {
        assertEquals(List.of("0.001", "0.01", "0.1", "1"), labels(new LogScale(0.001, 1)));
    }

    @Test
    void placesValuesByTheirLogarithm() {
        LogScale scale = new LogScale(1e6, 1e11);
        // log10(1e9) - log10(1e6) = 3 of 5 decades along 500 px.
        assertEquals(300.0, scale.position(1e9, 500), 1e-9);
        assertEquals(0.0, scale.position(1e6, 500), 1e-9);
        assertEquals(500.0, scale.position(1e11, 500), 1e-9);
        assertEquals(1e9, scale.valueAt(300, 500), 1e9 * 1e-12);
    }

    @Test
    void placesZeroAndNegativeValuesAtTheLowerEnd() {
        LogScale scale = new LogScale(10, 1000);
        assertEquals(0.0, scale.position(0, 400));
        assertEquals(0.0, scale.position(-5, 400));
    }

    @ParameterizedTest(name = "data {0}..{1} -> {2}..{3}")
    @CsvSource(textBlock = """
            3.2e6,  4.7e10, 1e6,  1e11
            1e6,    1e9,    1e6,  1e9
            1000,   1000,   1000, 10000
            0,      500,    100,  1000
            0.004,  0.2,    0.001, 1
            -5,     -1,     1,    10
            """)
    void coversTheDataWithWholeDecades(double smallest, double largest, double lower, double upper) {
        assertEquals(new LogScale(lower, upper), LogScale.covering(smallest, largest));
    }

    @Test
    void rejectsBoundsALogScaleCannotHave() {
        assertEquals("a log scale needs finite bounds 0 < lower < upper; got [0.0, 10.0]",
                assertThrows(IllegalArgumentException.class, () -> new LogScale(0, 10)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LogScale(10, 10));
        assertThrows(IllegalArgumentException.class, () -> new LogScale(1, Double.POSITIVE_INFINITY));
    }

    private static List<String> labels(LogScale scale) {
        return scale.ticks().stream().filter(Tick::major).map(t -> CompactNumbers.format(t.value())).toList();
    }

    private static List<String> minorTicks(LogScale scale) {
        return scale.ticks().stream().filter(t -> !t.major()).map(t -> CompactNumbers.format(t.value())).toList();
    }
}
