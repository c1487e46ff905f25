package dev.ratecard.importers.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Rates per unit of each {@link UsageBucket}, in the sheet's currency: per token for token buckets, per
 * request for {@link UsageBucket#REQUESTS}, per call for {@link UsageBucket#WEB_SEARCH}. Exact
 * {@link BigDecimal}s parsed from text; never negative. A bucket without a rate is absent, not zero.
 */
public final class Rates {
    public static final Rates EMPTY = new Rates(new EnumMap<>(UsageBucket.class));
    private static final BigDecimal ONE_MILLION = BigDecimal.valueOf(1_000_000);

    private final Map<UsageBucket, BigDecimal> rates;

    private Rates(EnumMap<UsageBucket, BigDecimal> rates) {
        this.rates = Collections.unmodifiableMap(rates);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Rates of(Map<UsageBucket, BigDecimal> rates) {
        Builder b = builder();
        rates.forEach(b::set);
        return b.build();
    }

    /** The rate, or {@code null} when the sheet has none for this bucket. */
    public BigDecimal get(UsageBucket bucket) {
        return rates.get(bucket);
    }

    public boolean has(UsageBucket bucket) {
        return rates.containsKey(bucket);
    }

    public boolean isEmpty() {
        return rates.isEmpty();
    }

    /** Rate per one million units, the unit people read token prices in. */
    public BigDecimal perMillion(UsageBucket bucket) {
        BigDecimal r = rates.get(bucket);
        return r == null ? null : r.multiply(ONE_MILLION).stripTrailingZeros();
    }

    /** These rates with every rate of {@code overrides} put over them. */
    public Rates overriddenBy(Rates overrides) {
        EnumMap<UsageBucket, BigDecimal> merged = new EnumMap<>(UsageBucket.class);
        merged.putAll(rates);
        merged.putAll(overrides.rates);
        return new Rates(merged);
    }

    public Map<UsageBucket, BigDecimal> asMap() {
        return rates;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Rates other) || other.rates.size() != rates.size()) {
            return false;
        }
        for (Map.Entry<UsageBucket, BigDecimal> e : rates.entrySet()) {
            BigDecimal theirs = other.rates.get(e.getKey());
            if (theirs == null || theirs.compareTo(e.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<UsageBucket, BigDecimal> e : rates.entrySet()) {
            h += e.getKey().hashCode() ^ e.getValue().stripTrailingZeros().hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        return "Rates" + rates;
    }

    public static final class Builder {
        private final EnumMap<UsageBucket, BigDecimal> rates = new EnumMap<>(UsageBucket.class);

        /** Sets a rate per unit; rejects negatives so that a bad sheet can never price usage below zero. */
        public Builder set(UsageBucket bucket, BigDecimal rate) {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(rate, "rate");
            if (rate.signum() < 0) {
                throw new IllegalArgumentException("negative rate for " + bucket.key() + ": " + rate.toPlainString());
            }
            rates.put(bucket, rate);
            return this;
        }

        /** Sets a rate given per one million units. */
        public Builder setPerMillion(UsageBucket bucket, BigDecimal ratePerMillion) {
            return set(bucket, ratePerMillion.movePointLeft(6));
        }

        public Builder putAll(Rates other) {
            rates.putAll(other.rates);
            return this;
        }

        public boolean has(UsageBucket bucket) {
            return rates.containsKey(bucket);
        }

        public Rates build() {
            return new Rates(new EnumMap<>(rates));
        }
    }
}
