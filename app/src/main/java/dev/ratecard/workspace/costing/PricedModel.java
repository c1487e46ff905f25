package dev.ratecard.workspace.costing;

import dev.ratecard.pricing.ModelCost;

import java.util.Objects;

/** The usage priced against one entry, with the sheet the entry is from. */
public record PricedModel(PriceSource sheet, ModelCost cost) {
    public PricedModel {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cost, "cost");
    }
}
