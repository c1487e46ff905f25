package dev.ratecard.chart;

import java.util.Arrays;

/**
 * Largest-Triangle-Three-Buckets (Steinarsson, "Downsampling Time Series for Visual Representation", 2013):
 * one point per bucket, the one that spans the largest triangle with the point kept before it and the
 * average of the next bucket. It keeps the shape of smooth curves (cost against volume) better than min/max
 * at the same budget. LTTB alone may drop the global extremes, so two points of the budget are held back for
 * them.
 */
public final class LttbDownsampler implements Downsampler {

    @Override
    public int[] reduceIndices(double[] xs, double[] ys, int maxPoints) {
        int n = xs.length;
        int[] shape = largestTriangles(xs, ys, maxPoints - 2);
        int[] withExtremes = Arrays.copyOf(shape, shape.length + 2);
        int count = shape.length;
        for (int extreme : new int[] {SeriesPoints.indexOfMin(ys), SeriesPoints.indexOfMax(ys)}) {
            if (Arrays.binarySearch(withExtremes, 0, count, extreme) < 0) {
                withExtremes[count++] = extreme;
                Arrays.sort(withExtremes, 0, count);
            }
        }
        return Arrays.copyOf(withExtremes, count);
    }

    /** Standard LTTB for {@code threshold >= 2} and more points than that. */
    private static int[] largestTriangles(double[] xs, double[] ys, int threshold) {
        int n = xs.length;
        if (threshold == 2) {
            return new int[] {0, n - 1};
        }
        int[] kept = new int[threshold];
        double bucketWidth = (double) (n - 2) / (threshold - 2);
        int previous = 0;
        for (int bucket = 0; bucket < threshold - 2; bucket++) {
            int nextFrom = (int) ((bucket + 1) * bucketWidth) + 1;
            int nextTo = Math.min((int) ((bucket + 2) * bucketWidth) + 1, n);
            double nextX = 0;
            double nextY = 0;
            for (int i = nextFrom; i < nextTo; i++) {
                nextX += xs[i];
                nextY += ys[i];
            }
            nextX /= nextTo - nextFrom;
            nextY /= nextTo - nextFrom;

            int from = (int) (bucket * bucketWidth) + 1;
            int to = (int) ((bucket + 1) * bucketWidth) + 1;
            double ax = xs[previous];
            double ay = ys[previous];
            double largest = -1;
            int chosen = from;
            for (int i = from; i < to; i++) {
                double area = Math.abs((ax - nextX) * (ys[i] - ay) - (ax - xs[i]) * (nextY - ay));
                if (area > largest) {
                    largest = area;
                    chosen = i;
                }
            }
            kept[bucket + 1] = chosen;
            previous = chosen;
        }
        kept[threshold - 1] = n - 1;
        return kept;
    }
}
