package dev.ratecard.chart;

import java.util.List;
import java.util.Objects;

/**
 * Lines over a continuous x axis, with vertical markers: cost over volume (log axes, break-even and current-volume
 * markers) or cost over months.
 */
public record XyChartSpec(String title, AxisSpec x, AxisSpec y, List<Series> series, List<Marker> markers)
        implements ChartSpec {
    public XyChartSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        series = List.copyOf(series);
        markers = List.copyOf(markers);
    }

    /** One line, already reduced to what a chart can draw (at most {@link Downsampler#DEFAULT_MAX_POINTS} points). */
    public record Series(String name, double[] xs, double[] ys) {
        public Series {
            Objects.requireNonNull(name, "name");
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("series " + name + " has " + xs.length + " x and " + ys.length + " y values");
            }
        }
    }

    /** A vertical line at {@code x} with its label. */
    public record Marker(double x, String label, Kind kind) {
        public enum Kind { BREAK_EVEN, CURRENT }

        public Marker {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
