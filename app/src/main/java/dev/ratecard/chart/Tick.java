package dev.ratecard.chart;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tick on an axis at an exact value (so that its label is exact: {@code 0.001}, not {@code 0.0010000001});
 * major ticks are labelled, minor ones are not.
 */
public record Tick(BigDecimal value, boolean major) {
    public Tick {
        Objects.requireNonNull(value, "value");
    }

    /** The tick's value for plotting. */
    public double position() {
        return value.doubleValue();
    }
}
