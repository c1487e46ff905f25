package dev.ratecard.ui.chart;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A series as a screen holds it: the exact source points (cost records, daily totals), how to plot each one
 * ({@code double}, for drawing only), and how to state it exactly for its tooltip.
 *
 * @param points ordered by x
 * @param exact e.g. {@code day -> "2026-03-02: $1,234.567891 (12,345,678 tokens)"}
 */
public record PlotSeries<T>(String name, List<T> points, ToDoubleFunction<? super T> x, ToDoubleFunction<? super T> y,
        Function<? super T, String> exact) {
    public PlotSeries {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(exact, "exact");
    }
}
