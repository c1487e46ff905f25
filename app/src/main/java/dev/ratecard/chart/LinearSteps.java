package dev.ratecard.chart;

/** Tick steps for a linear axis that people read easily: 1, 2 or 5 times a power of ten. */
public final class LinearSteps {
    private LinearSteps() {
    }

    /** The 1-2-5 step at or above {@code raw} (which must be positive): 0.5, 1, 2, 5, 10 … */
    public static double atLeast(double raw) {
        if (!(raw > 0) || Double.isInfinite(raw)) {
            throw new IllegalArgumentException("a step is positive and finite: " + raw);
        }
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * decade >= raw) {
                return factor * decade;
            }
        }
        return 10 * decade;
    }
}
