package dev.ratecard.chart;

import java.util.Objects;

/** One axis of a chart: its title, its scale and how its ticks are labelled. */
public record AxisSpec(String title, AxisScale scale, ValueFormat format) {
    public AxisSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(format, "format");
    }

    public String label(Tick tick) {
        return format.label(tick.value());
    }
}
