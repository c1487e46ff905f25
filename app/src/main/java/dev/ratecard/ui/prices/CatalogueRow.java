package dev.ratecard.ui.prices;

import dev.ratecard.chart.CompactNumbers;
import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.workspace.prices.BucketDisplay;
import dev.ratecard.workspace.prices.CatalogueSearch;
import dev.ratecard.workspace.prices.LibrarySheet;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One price of the catalogue table: the entry and the sheet it is in, with the text a search looks in worked
 * out once, so that filtering thousands of rows on each keystroke builds no strings.
 */
public record CatalogueRow(LibrarySheet sheet, PriceEntry entry, String searchText) {
    public CatalogueRow {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(searchText, "searchText");
    }

    public static CatalogueRow of(LibrarySheet sheet, PriceEntry entry) {
        return new CatalogueRow(sheet, entry, CatalogueSearch.textOf(entry));
    }

    /** The rate per 1M tokens (per request, per call), or {@code null} where the sheet has none. */
    public BigDecimal rate(UsageBucket bucket) {
        return BucketDisplay.rate(entry.rates(), bucket);
    }

    /** e.g. {@code > 200K}, {@code ≥ 32K, ≥ 128K}; empty without tiers. */
    public String tiers() {
        return entry.tiers().stream()
                .map(tier -> (tier.comparison() == ContextTier.Comparison.AT_LEAST ? "≥ " : "> ")
                        + CompactNumbers.format(BigDecimal.valueOf(tier.threshold())))
                .collect(Collectors.joining(", "));
    }

    /** e.g. {@code −50%}, {@code rates}, {@code −50% + rates}; empty without batch pricing. */
    public String batch() {
        BatchPricing batch = entry.batch();
        if (batch == null) {
            return "";
        }
        String discount = batch.discount() == null ? ""
                : "−" + batch.discount().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        String rates = batch.rates().isEmpty() ? "" : "rates";
        return discount.isEmpty() || rates.isEmpty() ? discount + rates : discount + " + " + rates;
    }
}
