package dev.ratecard.pricing;

import dev.ratecard.importers.model.PriceEntry;

/** What the engine needs of a price entry at every usage row, prepared once per entry. */
record EntryPricing(PriceEntry entry, ContextTiers tiers, TimeWindows windows) {
    static EntryPricing of(PriceEntry entry) {
        return new EntryPricing(entry, new ContextTiers(entry.tiers()), new TimeWindows(entry.timeWindows()));
    }

    /** Band 0 is the base rates, band {@code k + 1} tier {@code k}. */
    int bands() {
        return tiers.size() + 1;
    }
}
