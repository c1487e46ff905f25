package dev.ratecard.chart;

import java.util.Arrays;

/** The checks and helpers both downsamplers share. */
final class SeriesPoints {
    static final int MIN_POINTS = 4;

    private SeriesPoints() {
    }

    static void requireValid(double[] xs, double[] ys, int maxPoints) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(
                    "a series needs as many y values as x values: " + xs.length + " x, " + ys.length + " y");
        }
        if (maxPoints < MIN_POINTS) {
            throw new IllegalArgumentException("a reduced series keeps its first, last, lowest and highest point, so "
                    + "maxPoints must be at least " + MIN_POINTS + "; it was " + maxPoints);
        }
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new IllegalArgumentException("point " + i + " is not finite: (" + xs[i] + ", " + ys[i] + ")");
            }
            if (i > 0 && xs[i] < xs[i - 1]) {
                throw new IllegalArgumentException("x must not decrease: x[" + i + "] = " + xs[i]
                        + " follows x[" + (i - 1) + "] = " + xs[i - 1]);
            }
        }
    }

    static int[] all(int n) {
        int[] indices = new int[n];
        Arrays.setAll(indices, i -> i);
        return indices;
    }

    static int indexOfMin(double[] ys) {
        int best = 0;
        for (int i = 1; i < ys.length; i++) {
            if (ys[i] < ys[best]) {
                best = i;
            }
        }
        return best;
    }

    static int indexOfMax(double[] ys) {
        int best = 0;
        for (int i = 1; i < ys.length; i++) {
            if (ys[i] > ys[best]) {
                best = i;
            }
        }
        return best;
    }
}
