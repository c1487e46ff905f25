package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How findings and reasons write numbers: dollars with thousands separators and cents ({@code $3,927.40}),
 * rates per 1M tokens ({@code $0.81/1M}), volumes in M or B tokens ({@code 24.23B}). Rounds HALF_EVEN, for
 * words only; results keep their exact values.
 */
public final class Wording {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private Wording() {
    }

    /** {@code $3,927.40}. */
    public static String usd(BigDecimal amount) {
        return (amount.signum() < 0 ? "-$" : "$") + grouped(amount.abs(), 2);
    }

    /** {@code $250,000} for whole amounts, else as {@link #usd}: for salaries and prices people quote in whole dollars. */
    public static String dollars(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? "$" + grouped(amount, 0) : usd(amount);
    }

    /** {@code $1.20/1M}, {@code $4.375/1M}, {@code $0.8109/1M} from a rate per token: up to four decimals, at least two. */
    public static String perMillion(BigDecimal usdPerToken) {
        BigDecimal perMillion = Units.perMillion(usdPerToken).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return "$" + grouped(perMillion, Math.max(2, perMillion.scale())) + "/1M";
    }

    /** {@code 100M}, {@code 24.23B}, {@code 750K}, {@code 12} tokens. */
    public static String tokens(BigDecimal tokens) {
        BigDecimal abs = tokens.abs();
        if (abs.compareTo(BILLION) >= 0) {
            return trimmed(tokens.divide(BILLION), 2) + "B";
        }
        if (abs.compareTo(Units.MILLION) >= 0) {
            return trimmed(tokens.divide(Units.MILLION), 2) + "M";
        }
        if (abs.compareTo(THOUSAND) >= 0) {
            return trimmed(tokens.divide(THOUSAND), 2) + "K";
        }
        return tokens.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    }

    public static String tokens(long tokens) {
        return tokens(BigDecimal.valueOf(tokens));
    }

    /** {@code 0.55 %} from a fraction. */
    public static String percent(BigDecimal fraction) {
        BigDecimal pct = fraction.multiply(BigDecimal.valueOf(100));
        int decimals = pct.abs().compareTo(BigDecimal.TEN) < 0 ? 2 : 1;
        return trimmed(pct, decimals) + " %";
    }

    /** A plain number with up to {@code decimals} places and no trailing zeros, e.g. {@code 1727.69}, {@code 0.25}. */
    public static String number(BigDecimal value, int decimals) {
        return trimmed(value, decimals);
    }

    private static String trimmed(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private static String grouped(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }
}
