package dev.ratecard.chart;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LinearScaleTest {

    @Test
    void roundsOutToStepsOfTwoThousandForTheHeadlineMonthlyCosts() {
        // 9,435.73 / 5 = 1,887.1: the smallest 1-2-5 step at or above it is 2,000; 9,435.73 rounds up to 10,000.
        LinearScale scale = LinearScale.covering(0, 9435.73);

        assertEquals(new LinearScale(0, 10_000), scale);
        assertEquals(List.of("$0", "$2K", "$4K", "$6K", "$8K", "$10K"), labels(scale, ValueFormat.USD));
    }

    @Test
    void reachesBelowZeroForNegativeSavings() {
        // Range 518.465 / 5 = 103.7: step 200; -80.965 floors to -200 and 437.5 ceils to 600.
        LinearScale scale = LinearScale.covering(-80.965, 437.5);

        assertEquals(new LinearScale(-200, 600), scale);
        assertEquals(List.of("-$200", "$0", "$200", "$400", "$600"), labels(scale, ValueFormat.USD));
    }

    @Test
    void stepsByTenOverThirtySixMonths() {
        assertEquals(List.of("0", "10", "20", "30", "40"), labels(LinearScale.covering(0, 36), ValueFormat.COUNT));
    }

    @Test
    void keepsTheLastTickOfANegativeRange() {
        assertEquals(List.of("-10", "-8", "-6", "-4"), labels(new LinearScale(-10, -4), ValueFormat.COUNT));
    }

    @Test
    void givesAUnitScaleWhenEverythingIsZero() {
        assertEquals(new LinearScale(0, 1), LinearScale.covering(0, 0));
    }

    @Test
    void placesValuesInProportion() {
        assertEquals(100.0, new LinearScale(0, 10_000).position(2_500, 400), 1e-9);
        assertEquals(50.0, new LinearScale(-200, 600).position(0, 200), 1e-9);
    }

    @Test
    void rejectsBoundsInTheWrongOrder() {
        assertThrows(IllegalArgumentException.class, () -> new LinearScale(5, 5));
        assertThrows(IllegalArgumentException.class, () -> new LinearScale(0, Double.NaN));
    }

    @Test
    void ticksAreExactDecimals() {
        assertEquals(new BigDecimal("0.2"), new LinearScale(0, 1).ticks().get(1).value());
    }

    private static List<String> labels(AxisScale scale, ValueFormat format) {
        return scale.ticks().stream().filter(Tick::major).map(t -> format.label(t.value())).toList();
    }
}
