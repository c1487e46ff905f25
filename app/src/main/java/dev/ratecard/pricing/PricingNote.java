package dev.ratecard.pricing;

import java.util.Objects;

/**
 * A {@link PricingFlag} raised for part of the usage.
 *
 * @param rows   how many usage rows it concerns
 * @param detail what exactly, e.g. {@code service tier "ultra"} or {@code web_search: 12 calls}
 */
public record PricingNote(PricingFlag flag, long rows, String detail) {
    public PricingNote {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(detail, "detail");
        if (rows < 0) {
            throw new IllegalArgumentException("rows is negative: " + rows);
        }
    }

    /** One line for the user: the flag's meaning, then the detail. */
    public String describe() {
        return flag.description() + (detail.isEmpty() ? "" : " (" + detail + ")") + "; " + rows + " row" + (rows == 1 ? "" : "s");
    }
}
