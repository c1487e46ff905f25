package dev.ratecard.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Short labels for quantities that span many magnitudes: {@code 1K}, {@code 1.2M}, {@code 10B}, {@code 0.0042}.
 * One decimal above a thousand and three significant digits below it, rounded HALF_EVEN; a value that rounds
 * up to the next unit takes it ({@code 999,950} is {@code 1M}, not {@code 1000K}).
 */
public final class CompactNumbers {
    private static final String[] UNITS = {"", "K", "M", "B", "T"};
    private static final MathContext SMALL = new MathContext(3, RoundingMode.HALF_EVEN);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private CompactNumbers() {
    }

    public static String format(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            return "-" + format(value.negate());
        }
        BigDecimal small = value.round(SMALL);
        if (small.compareTo(THOUSAND) < 0) {
            return plain(small);
        }
        int unit = 1;
        BigDecimal scaled = inUnit(value, unit);
        while (scaled.compareTo(THOUSAND) >= 0 && unit < UNITS.length - 1) {
            unit++;
            scaled = inUnit(value, unit);
        }
        return plain(scaled) + UNITS[unit];
    }

    /** For plotted values; the label shows the double's shortest decimal form. */
    public static String format(double value) {
        return format(BigDecimal.valueOf(value));
    }

    private static BigDecimal inUnit(BigDecimal value, int unit) {
        return value.movePointLeft(3 * unit).setScale(1, RoundingMode.HALF_EVEN);
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
