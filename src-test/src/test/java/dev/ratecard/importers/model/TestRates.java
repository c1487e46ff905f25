package dev.ratecard.importers.model;

import java.math.BigDecimal;

/** Rates for tests, written as price sheets write them. */
public final class TestRates {
    private TestRates() {
    }

    /**
     * Rates from (bucket, rate) pairs: token buckets in USD per 1M tokens, as sheets are read; {@code requests}
     * per request and {@code web_search} per call.
     */
    public static Rates rates(Object... bucketThenRate) {
        if (bucketThenRate.length % 2 != 0) {
            throw new IllegalArgumentException("rates come in (bucket, rate) pairs");
        }
        Rates.Builder rates = Rates.builder();
        for (int i = 0; i < bucketThenRate.length; i += 2) {
            UsageBucket bucket = (UsageBucket) bucketThenRate[i];
            BigDecimal rate = new BigDecimal((String) bucketThenRate[i + 1]);
            if (bucket.isToken()) {
                rates.setPerMillion(bucket, rate);
            } else {
                rates.set(bucket, rate);
            }
        }
        return rates.build();
    }
}
