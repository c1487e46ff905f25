package dev.ratecard.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Chooses which points of a long series a chart draws. A chart never needs more points than it has pixel
 * columns, and a JavaFX line chart slows down super-linearly past a few thousand points, so series are
 * reduced to at most {@link #DEFAULT_MAX_POINTS} before they reach it. Implementations pick points of the
 * input (they never invent or average), so each drawn point still carries its exact source value; they
 * always keep the first and last points and the points with the smallest and largest y.
 */
public sealed interface Downsampler permits LttbDownsampler, MinMaxDownsampler {
    /** Points per series a chart is given at most. */
    int DEFAULT_MAX_POINTS = 2_000;

    /**
     * The indices of the points to keep, ascending, at most {@code maxPoints} of them. {@code xs} must not
     * decrease; every value must be finite.
     *
     * @throws IllegalArgumentException if the arrays differ in length, {@code maxPoints} is below 4, a value is
     *     not finite, or x decreases (the message names the index and values)
     */
    default int[] select(double[] xs, double[] ys, int maxPoints) {
        SeriesPoints.requireValid(xs, ys, maxPoints);
        return xs.length <= maxPoints ? SeriesPoints.all(xs.length) : reduceIndices(xs, ys, maxPoints);
    }

    /** {@link #select} for checked input with more than {@code maxPoints} points. */
    int[] reduceIndices(double[] xs, double[] ys, int maxPoints);

    /** The kept elements of {@code points}, in order, reduced to at most {@code maxPoints}. */
    default <T> List<T> reduce(List<T> points, ToDoubleFunction<? super T> x, ToDoubleFunction<? super T> y,
            int maxPoints) {
        Objects.requireNonNull(points, "points");
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            T point = points.get(i);
            xs[i] = x.applyAsDouble(point);
            ys[i] = y.applyAsDouble(point);
        }
        int[] kept = select(xs, ys, maxPoints);
        List<T> result = new ArrayList<>(kept.length);
        for (int index : kept) {
            result.add(points.get(index));
        }
        return result;
    }
}
