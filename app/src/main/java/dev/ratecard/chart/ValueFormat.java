package dev.ratecard.chart;

import dev.ratecard.pricing.Money;

import java.math.BigDecimal;

/** How an axis labels its ticks. */
public enum ValueFormat {
    /** Dollars, short: {@code $1.2K}. */
    USD,
    /** Token volumes, short: {@code 10M}, {@code 1B}. */
    TOKENS,
    /** Whole counts such as months: {@code 12}. */
    COUNT;

    public String label(BigDecimal value) {
        return switch (this) {
            case USD -> MoneyFormatter.compact(Money.usd(value));
            case TOKENS, COUNT -> CompactNumbers.format(value);
        };
    }
}
