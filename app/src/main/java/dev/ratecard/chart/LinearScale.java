package dev.ratecard.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear scale whose bounds and ticks fall on round steps of 1, 2 or 5 times a power of ten, about five of them,
 * so that an axis reads {@code $0, $2K, $4K … $10K} rather than {@code $0, $1,887.15 …}.
 */
public record LinearScale(double lower, double upper) implements AxisScale {
    private static final int TARGET_STEPS = 5;

    public LinearScale {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(upper > lower)) {
            throw new IllegalArgumentException("a linear scale needs finite bounds lower < upper; got [" + lower + ", " + upper + "]");
        }
    }

    /**
     * Round bounds around the data, zero included (bars and cumulative costs start from nothing); with no spread
     * (everything zero) the scale is 0 to 1.
     */
    public static LinearScale covering(double smallest, double largest) {
        double low = Math.min(0, smallest);
        double high = Math.max(0, largest);
        if (!(high > low)) {
            return new LinearScale(0, 1);
        }
        BigDecimal step = step(high - low);
        return new LinearScale(multiple(low, step, RoundingMode.FLOOR).doubleValue(),
                multiple(high, step, RoundingMode.CEILING).doubleValue());
    }

    @Override
    public double position(double value, double length) {
        return (value - lower) / (upper - lower) * length;
    }

    /** Every step from the lower bound to the upper, all labelled. */
    @Override
    public List<Tick> ticks() {
        BigDecimal step = step(upper - lower);
        List<Tick> ticks = new ArrayList<>();
        double last = upper + (upper - lower) * 1e-9;
        for (BigDecimal value = multiple(lower, step, RoundingMode.CEILING); value.doubleValue() <= last; value = value.add(step)) {
            ticks.add(new Tick(value.stripTrailingZeros(), true));
        }
        return ticks;
    }

    /** 1, 2 or 5 × 10ⁿ, the smallest that splits {@code range} into at most {@value #TARGET_STEPS} steps. */
    static BigDecimal step(double range) {
        BigDecimal rough = BigDecimal.valueOf(range / TARGET_STEPS);
        int exponent = rough.precision() - rough.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (int multiple : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(multiple));
            if (candidate.compareTo(rough) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("no step for " + range);
    }

    private static BigDecimal multiple(double value, BigDecimal step, RoundingMode mode) {
        return BigDecimal.valueOf(value).divide(step, 0, mode).multiply(step);
    }
}
