package dev.ratecard.workspace.costing;

import dev.ratecard.pricing.UsageCost;

import java.util.Objects;

/** The usage one sheet priced, as the cost engine priced it. */
public record SheetUsage(PriceSource sheet, UsageCost cost) {
    public SheetUsage {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cost, "cost");
    }
}
