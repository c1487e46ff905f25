package dev.ratecard.chart;

import java.util.List;
import java.util.Objects;

/**
 * One-at-a-time sensitivity: per input, a bar from the outcome at its low value to the outcome at its high value,
 * around the base outcome. An outcome of {@link Double#POSITIVE_INFINITY} ("never breaks even") runs to the end of
 * the axis and says so in its label.
 */
public record TornadoChartSpec(String title, AxisSpec axis, double base, String baseLabel, List<Row> rows)
        implements ChartSpec {
    public TornadoChartSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(baseLabel, "baseLabel");
        rows = List.copyOf(rows);
    }

    public record Row(String name, double low, double high, String lowLabel, String highLabel) {
        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(lowLabel, "lowLabel");
            Objects.requireNonNull(highLabel, "highLabel");
        }
    }
}
