package dev.ratecard.pricing;

import dev.ratecard.importers.model.UsageRecordBuilder;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Price entries written in the tests themselves: every test carries its own rates. */
final class Prices {
    static final Provenance SOURCE = Provenance.of("rates written in the test", LocalDate.of(2026, 8, 1));

    private Prices() {
    }

    /**
     * Rates from (bucket, rate) pairs: token buckets in USD per 1M tokens, as sheets are read; {@code requests}
     * per request and {@code web_search} per call.
     */
    static Rates rates(Object... bucketThenRate) {
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

    static PriceEntry.Builder entry(String provider, String model, Rates rates) {
        return PriceEntry.builder(provider, model).rates(rates).provenance(SOURCE);
    }

    /** A one-entry matcher, for tests about pricing rather than matching. */
    static ModelMatcher only(PriceEntry entry) {
        return new ModelMatcher(java.util.List.of(entry));
    }

    /** The cost of one record against one entry. */
    static RecordCost price(PriceEntry entry, UsageRecordBuilder row) {
        return new CostEngine().priceRecord(row.build(), only(entry));
    }
}
