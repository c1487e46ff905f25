package dev.ratecard.importers.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a batch API is billed: explicit batch rates where the sheet lists them, and a discount (a fraction,
 * {@code 0.5} for half price) for the buckets it does not.
 */
public record BatchPricing(Rates rates, BigDecimal discount) {
    public BatchPricing {
        Objects.requireNonNull(rates, "rates");
        if (discount != null && (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("batch discount must be between 0 and 1: " + discount.toPlainString());
        }
    }

    public static BatchPricing discount(BigDecimal discount) {
        return new BatchPricing(Rates.EMPTY, discount);
    }
}
