package dev.ratecard.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A base-10 logarithmic scale between two positive bounds: where a value sits along an axis, and which ticks
 * the axis shows. Volumes in Ratecard span from thousands to hundreds of billions of tokens a month, which a
 * linear axis would squash into one corner.
 *
 * <p>Ticks: over more than two decades, each power of ten is a labelled tick and 2× and 5× it are minor
 * ticks ({@code 1M, 10M, 100M, 1B} …); over two decades or fewer, 1×, 2× and 5× are labelled and the other
 * multiples are minor; over more than {@value #MAX_LABELLED_DECADES} decades only every n-th power is
 * labelled, so that labels do not collide.
 */
public record LogScale(double lower, double upper) implements AxisScale {
    static final int MAX_LABELLED_DECADES = 12;
    private static final double TOLERANCE = 1e-9;

    public LogScale {
        if (!(lower > 0) || !Double.isFinite(lower) || !Double.isFinite(upper) || !(upper > lower)) {
            throw new IllegalArgumentException(
                    "a log scale needs finite bounds 0 < lower < upper; got [" + lower + ", " + upper + "]");
        }
    }

    /**
     * Whole decades around the data: from the power of ten at or below the smallest positive value to the one
     * at or above the largest. Zero and negative values cannot sit on a log scale; with none positive the
     * scale is 1 to 10.
     */
    public static LogScale covering(double smallestPositive, double largest) {
        if (!(largest > 0) || !Double.isFinite(largest)) {
            return new LogScale(1, 10);
        }
        double smallest = smallestPositive > 0 && smallestPositive <= largest ? smallestPositive : largest;
        int lowerExponent = (int) Math.floor(Math.log10(smallest) + TOLERANCE);
        int upperExponent = (int) Math.ceil(Math.log10(largest) - TOLERANCE);
        if (upperExponent <= lowerExponent) {
            upperExponent = lowerExponent + 1;
        }
        return new LogScale(powerOfTen(lowerExponent).doubleValue(), powerOfTen(upperExponent).doubleValue());
    }

    /** How many decades the scale spans (may be fractional). */
    public double decades() {
        return Math.log10(upper) - Math.log10(lower);
    }

    /**
     * Distance of {@code value} from the lower end along an axis {@code length} long. Values at or below zero
     * are placed at the lower end.
     */
    @Override
    public double position(double value, double length) {
        if (!(value > 0)) {
            return 0;
        }
        return (Math.log10(value) - Math.log10(lower)) / decades() * length;
    }

    /** The value at {@code position} along an axis {@code length} long; the inverse of {@link #position}. */
    public double valueAt(double position, double length) {
        return Math.pow(10, Math.log10(lower) + position / length * decades());
    }

    /** Whether {@code value} lies on the scale (positive and within the bounds). */
    public boolean contains(double value) {
        return value >= lower * (1 - TOLERANCE) && value <= upper * (1 + TOLERANCE);
    }

    /** The ticks within the bounds, ascending. */
    @Override
    public List<Tick> ticks() {
        boolean fine = decades() <= 2 + TOLERANCE;
        int decadeStep = Math.max(1, (int) Math.ceil(decades() / MAX_LABELLED_DECADES - TOLERANCE));
        int first = (int) Math.floor(Math.log10(lower) + TOLERANCE);
        int last = (int) Math.floor(Math.log10(upper) + TOLERANCE);
        List<Tick> ticks = new ArrayList<>();
        for (int exponent = first; exponent <= last; exponent++) {
            for (int multiple = 1; multiple <= 9; multiple++) {
                BigDecimal value = BigDecimal.valueOf(multiple).scaleByPowerOfTen(exponent);
                if (!contains(value.doubleValue())) {
                    continue;
                }
                if (fine) {
                    ticks.add(new Tick(value, multiple == 1 || multiple == 2 || multiple == 5));
                } else if (multiple == 1) {
                    ticks.add(new Tick(value, Math.floorMod(exponent, decadeStep) == 0));
                } else if (decadeStep == 1 && (multiple == 2 || multiple == 5)) {
                    ticks.add(new Tick(value, false));
                }
            }
        }
        return ticks;
    }

    private static BigDecimal powerOfTen(int exponent) {
        return BigDecimal.ONE.scaleByPowerOfTen(exponent);
    }
}
