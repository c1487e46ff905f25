package dev.ratecard.pricing;

import dev.ratecard.importers.model.UsageRecordBuilder;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;

import java.time.LocalDate;

/** Price entries written in the tests themselves: every test carries its own rates. */
final class Prices {
    static final Provenance SOURCE = Provenance.of("rates written in the test", LocalDate.of(2026, 8, 1));

    private Prices() {
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
