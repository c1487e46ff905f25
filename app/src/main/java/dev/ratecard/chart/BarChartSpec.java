package dev.ratecard.chart;

import java.util.List;
import java.util.Objects;

/** Stacked bars: one bar per category (an option), each split into the same segments (cost categories). */
public record BarChartSpec(String title, AxisSpec value, List<String> segments, List<Bar> bars) implements ChartSpec {
    public BarChartSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(value, "value");
        segments = List.copyOf(segments);
        bars = List.copyOf(bars);
        for (Bar bar : bars) {
            if (bar.values().length != segments.size()) {
                throw new IllegalArgumentException("bar " + bar.label() + " has " + bar.values().length + " values for "
                        + segments.size() + " segments");
            }
        }
    }

    /**
     * @param values one per segment, in the spec's segment order
     * @param total  the bar's figure as text, written at its end
     */
    public record Bar(String label, double[] values, String total) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(total, "total");
        }
    }
}
