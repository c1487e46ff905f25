package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The units every scenario figure is stated in, kept in one place so that no formula picks its own.
 *
 * <p>A month is 730 hours (8,760 h per year ÷ 12), the basis of cloud list prices; calculators that use 720 h
 * (30 days) understate a month of always-on GPUs by 1.4 %. Token prices are quoted per 1,000,000 tokens.
 *
 * <p>Sums and products of rates and counts are exact. Divisions (by 12 months, by a replica's capacity,
 * by a reference volume) cannot always be: they are carried to 34 significant digits ({@link #MATH}), far
 * below a nano-dollar on any monthly figure, and rounding to cents happens once, at display.
 */
public final class Units {
    public static final long HOURS_PER_MONTH = 730;
    public static final long SECONDS_PER_HOUR = 3_600;
    public static final long SECONDS_PER_MONTH = HOURS_PER_MONTH * SECONDS_PER_HOUR;
    public static final long MONTHS_PER_YEAR = 12;
    public static final long TOKENS_PER_MILLION = 1_000_000;

    public static final BigDecimal HOURS_PER_MONTH_DECIMAL = BigDecimal.valueOf(HOURS_PER_MONTH);
    public static final BigDecimal SECONDS_PER_MONTH_DECIMAL = BigDecimal.valueOf(SECONDS_PER_MONTH);
    public static final BigDecimal SECONDS_PER_HOUR_DECIMAL = BigDecimal.valueOf(SECONDS_PER_HOUR);
    public static final BigDecimal MONTHS_PER_YEAR_DECIMAL = BigDecimal.valueOf(MONTHS_PER_YEAR);
    public static final BigDecimal MILLION = BigDecimal.valueOf(TOKENS_PER_MILLION);

    /** Precision of every division in the scenario engine. */
    public static final MathContext MATH = MathContext.DECIMAL128;

    private Units() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, MATH);
    }

    /** A rate per token stated per one million tokens. */
    public static BigDecimal perMillion(BigDecimal perToken) {
        return perToken.multiply(MILLION);
    }
}
