package dev.ratecard.chart;

import dev.ratecard.pricing.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Money as people read it. Amounts stay exact until they get here; this is where they are rounded, once,
 * HALF_EVEN. {@link #table} is the precision for tables and cards ({@code $1,234.56}, and two more decimals
 * below one unit: {@code $0.0042}), {@link #minorUnit} the cent for amounts paid ({@code $0.80}), {@link #exact}
 * the full value for tooltips, {@link #compact} the short form for axes ({@code $1.2K}).
 */
public final class MoneyFormatter {
    private MoneyFormatter() {
    }

    /** Rounded to the currency's minor unit, or two places finer below one unit: {@code $1,234.56}, {@code $0.0042}. */
    public static String table(Money money) {
        BigDecimal magnitude = money.amount().abs();
        int decimals = minorDigits(money.currency());
        BigDecimal rounded = magnitude.setScale(decimals + 2, RoundingMode.HALF_EVEN);
        if (rounded.compareTo(BigDecimal.ONE) >= 0 || magnitude.signum() == 0) {
            rounded = magnitude.setScale(decimals, RoundingMode.HALF_EVEN);
        }
        String symbol = symbol(money.currency());
        if (rounded.signum() == 0 && magnitude.signum() != 0) {
            // Rounding a real cost to zero would claim it is free.
            String smallest = grouped(BigDecimal.ONE.movePointLeft(decimals + 2));
            return (money.signum() > 0 ? "<" : ">-") + symbol + smallest;
        }
        return sign(money, rounded) + symbol + grouped(rounded);
    }

    /**
     * Always to the currency's minor unit, for amounts that are paid rather than rates: {@code $0.80},
     * {@code $1,234.56}. A non-zero amount that would round to nothing is shown as {@link #table} shows it
     * ({@code $0.0042}, {@code <$0.0001}), never as {@code $0.00}.
     */
    public static String minorUnit(Money money) {
        BigDecimal rounded = money.amount().abs().setScale(minorDigits(money.currency()), RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0 && money.signum() != 0) {
            return table(money);
        }
        return sign(money, rounded) + symbol(money.currency()) + grouped(rounded);
    }

    /** Every significant digit, at least the minor unit: {@code $0.000000075}, {@code $1,234.50}. */
    public static String exact(Money money) {
        BigDecimal magnitude = money.amount().abs().stripTrailingZeros();
        int decimals = minorDigits(money.currency());
        if (magnitude.scale() < decimals) {
            magnitude = magnitude.setScale(decimals, RoundingMode.UNNECESSARY);
        }
        return sign(money, magnitude) + symbol(money.currency()) + grouped(magnitude);
    }

    /** For axis labels: {@code $1.2K}, {@code $10M}, {@code $0.0042}. */
    public static String compact(Money money) {
        BigDecimal magnitude = money.amount().abs();
        String digits = CompactNumbers.format(magnitude);
        return (money.signum() < 0 && !"0".equals(digits) ? "-" : "") + symbol(money.currency()) + digits;
    }

    /** {@code $} for USD, {@code €} for EUR; a code written as letters ({@code CHF}) is followed by a space. */
    public static String symbol(String currencyCode) {
        Currency currency = iso(currencyCode);
        String symbol = currency == null ? currencyCode : currency.getSymbol(Locale.US);
        return symbol.chars().allMatch(Character::isLetter) ? symbol + " " : symbol;
    }

    private static int minorDigits(String currencyCode) {
        Currency currency = iso(currencyCode);
        return currency == null || currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits();
    }

    private static Currency iso(String currencyCode) {
        try {
            return Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException notIso) {
            return null;
        }
    }

    private static String sign(Money money, BigDecimal shown) {
        return money.signum() < 0 && shown.signum() != 0 ? "-" : "";
    }

    private static String grouped(BigDecimal nonNegative) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        format.setMinimumFractionDigits(nonNegative.scale());
        format.setMaximumFractionDigits(Math.max(0, nonNegative.scale()));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(nonNegative);
    }
}
