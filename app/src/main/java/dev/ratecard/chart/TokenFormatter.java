package dev.ratecard.chart;

import java.math.BigDecimal;
import java.util.Locale;

/** Token counts for people: {@code 1.2B tokens} where space is short, {@code 1,234,567,890 tokens} in full. */
public final class TokenFormatter {
    private TokenFormatter() {
    }

    /** e.g. {@code 1.2B tokens}, {@code 950 tokens}, {@code 1 token}. */
    public static String compact(long tokens) {
        return CompactNumbers.format(BigDecimal.valueOf(tokens)) + unit(tokens);
    }

    /** Every digit, grouped: {@code 1,234,567 tokens}. */
    public static String exact(long tokens) {
        return String.format(Locale.ROOT, "%,d", tokens) + unit(tokens);
    }

    private static String unit(long tokens) {
        return tokens == 1 ? " token" : " tokens";
    }
}
