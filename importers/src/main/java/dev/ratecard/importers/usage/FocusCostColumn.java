package dev.ratecard.importers.usage;

/**
 * Which FOCUS cost a record reports. Never both: a prepaid commitment shows {@code BilledCost} 0 and a
 * positive {@code EffectiveCost} on usage rows, while the purchase row carries the cash, so summing the two
 * counts the commitment twice.
 */
public enum FocusCostColumn {
    /** Amortised consumption: what the usage cost, commitments spread over the rows that used them. */
    EFFECTIVE_COST("EffectiveCost"),
    /** Cash: what the invoice charged in that period. */
    BILLED_COST("BilledCost");

    private final String column;

    FocusCostColumn(String column) {
        this.column = column;
    }

    /** The FOCUS column name, which is also the {@code basis} of the records' reported cost. */
    public String column() {
        return column;
    }
}
