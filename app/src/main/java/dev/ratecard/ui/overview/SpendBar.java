package dev.ratecard.ui.overview;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.pricing.Money;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * One bar of a spend chart and its line in the figures beside it: what it is, the exact amount (shown rounded to
 * the cent, in full on hover), its share of the whole, and the amount as a {@code double} for drawing only.
 */
public record SpendBar(String label, Money amount, String text, String exact, String share) {
    public SpendBar {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(share, "share");
    }

    static SpendBar of(String label, Money amount, Money whole) {
        String share = whole.isZero() ? "" : amount.amount().movePointRight(2)
                .divide(whole.amount(), 1, RoundingMode.HALF_EVEN).toPlainString() + " %";
        return new SpendBar(label, amount, MoneyFormatter.table(amount), MoneyFormatter.exact(amount), share);
    }

    /** For plotting only. */
    public double plotted() {
        return amount.amount().doubleValue();
    }
}
