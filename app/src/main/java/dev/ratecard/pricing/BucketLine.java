package dev.ratecard.pricing;

import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One bucket of one priced group: how much, at what rate, and why that rate. The three rates are the fee
 * stack's first steps: the sheet's list rate, the rate after the context tier, time window, service tier and
 * region, and the rate charged after batch pricing. Costs are exact: {@code quantity × rate}, never rounded.
 *
 * @param rate  per unit (token, request or call) in {@code currency}; {@code null} when the sheet has no rate
 *              for this bucket, in which case the quantity is reported as unpriced, never priced at zero
 * @param basis which rate applied and why, e.g. {@code context tier > 200000 prompt tokens, batch −50%}
 */
public record BucketLine(UsageBucket bucket, long quantity, BigDecimal listRate, BigDecimal adjustedRate,
                         BigDecimal rate, String basis, String currency) {
    private static final BigDecimal ONE_MILLION = BigDecimal.valueOf(1_000_000);

    public BucketLine {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(currency, "currency");
        if (quantity < 0) {
            throw new IllegalArgumentException(bucket.key() + " quantity is negative: " + quantity);
        }
        if (rate != null && (listRate == null || adjustedRate == null)) {
            throw new IllegalArgumentException(bucket.key() + " has a rate but no list or adjusted rate");
        }
    }

    public boolean isPriced() {
        return rate != null;
    }

    /** {@code quantity × rate}, or empty when the bucket is unpriced. */
    public Optional<Money> cost() {
        return isPriced() ? Optional.of(new Money(rate.multiply(BigDecimal.valueOf(quantity)), currency)) : Optional.empty();
    }

    BigDecimal listCost() {
        return listRate.multiply(BigDecimal.valueOf(quantity));
    }

    BigDecimal adjustedCost() {
        return adjustedRate.multiply(BigDecimal.valueOf(quantity));
    }

    /** The rate in the unit people read: per 1M tokens for token buckets, per request or call otherwise. */
    public Optional<BigDecimal> displayRate() {
        if (!isPriced()) {
            return Optional.empty();
        }
        return Optional.of(bucket.isToken() ? rate.multiply(ONE_MILLION).stripTrailingZeros() : rate.stripTrailingZeros());
    }

    /** {@code per 1M tokens}, {@code per request} or {@code per call}. */
    public String displayUnit() {
        return switch (bucket.unit()) {
            case TOKEN -> "per 1M tokens";
            case REQUEST -> "per request";
            case CALL -> "per call";
        };
    }
}
