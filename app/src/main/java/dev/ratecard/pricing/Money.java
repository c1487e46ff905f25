package dev.ratecard.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of money in one currency. Costs stay exact ({@code tokens × rate} in {@link BigDecimal})
 * until they are shown: {@link #display(int)} is the one place that rounds (HALF_EVEN), and
 * {@link #toNanos()} the one place that fixes them to the integer nano-units the store keeps.
 * Adding amounts of different currencies is an error, never a silent conversion.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {
    public static final String USD = "USD";
    public static final Money ZERO_USD = new Money(BigDecimal.ZERO, USD);

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        currency = currency.toUpperCase(Locale.ROOT);
    }

    public static Money usd(BigDecimal amount) {
        return new Money(amount, USD);
    }

    public static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** From integer nano-units (10⁻⁹ of the currency's major unit), as stored. */
    public static Money ofNanos(long nanos, String currency) {
        return new Money(BigDecimal.valueOf(nanos, 9), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public int signum() {
        return amount.signum();
    }

    /** Integer nano-units, rounded HALF_EVEN; throws if the amount does not fit a {@code long}. */
    public long toNanos() {
        return amount.movePointRight(9).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** Rounded for display to {@code decimals} places, HALF_EVEN. */
    public BigDecimal rounded(int decimals) {
        return amount.setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /** e.g. {@code "1234.57 USD"} at 2 decimals; the plain digits, no grouping, for logs and terminals. */
    public String display(int decimals) {
        return rounded(decimals).toPlainString() + " " + currency;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** Same currency and same value, whatever the scale: {@code 1.50 USD} equals {@code 1.5 USD}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
