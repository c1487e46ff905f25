package dev.ratecard.scenario;

import java.math.BigDecimal;

/**
 * How far ahead to project and at what rate to discount (for NPV and discounted payback; owned hardware's own
 * cost of capital prices its capital, this rate values the cash flows).
 */
public record ProjectionSettings(int months, BigDecimal discountRatePerYear) {
    public static final ProjectionSettings DEFAULT = new ProjectionSettings(36, BigDecimal.ZERO);

    public ProjectionSettings {
        Check.positive("projection.months", months);
        if (months > 240) {
            throw new InvalidParameterException("projection.months", months, "must be at most 240 (20 years)");
        }
        Check.nonNegative("projection.discount_rate_per_year", discountRatePerYear);
    }
}
