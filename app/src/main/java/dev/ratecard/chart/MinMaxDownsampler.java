package dev.ratecard.chart;

import java.util.Arrays;

/**
 * Splits the points between the first and the last into equal runs and keeps the lowest and highest point of
 * each run. Every spike survives, which suits cost-over-time series where the peak day is the point of the
 * chart; it is also the cheapest reduction (one pass).
 */
public final class MinMaxDownsampler implements Downsampler {

    @Override
    public int[] reduceIndices(double[] xs, double[] ys, int maxPoints) {
        int n = xs.length;
        int interior = n - 2;
        int runs = (maxPoints - 2) / 2;
        int[] kept = new int[2 + 2 * runs];
        int count = 0;
        kept[count++] = 0;
        for (int run = 0; run < runs; run++) {
            int from = 1 + (int) ((long) run * interior / runs);
            int to = 1 + (int) ((long) (run + 1) * interior / runs);
            if (from >= to) {
                continue;
            }
            int low = from;
            int high = from;
            for (int i = from + 1; i < to; i++) {
                if (ys[i] < ys[low]) {
                    low = i;
                }
                if (ys[i] > ys[high]) {
                    high = i;
                }
            }
            kept[count++] = Math.min(low, high);
            if (low != high) {
                kept[count++] = Math.max(low, high);
            }
        }
        kept[count++] = n - 1;
        return Arrays.copyOf(kept, count);
    }
}
