package dev.ratecard.importers.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cost a source stated for a record, already converted to the currency's major unit (an Anthropic cost
 * report's cents become dollars at import). Kept beside the recomputed cost, never overwritten by it.
 *
 * @param basis which of the source's cost figures this is, as the source names it ({@code EffectiveCost} or
 *              {@code BilledCost} in FOCUS, {@code cost_total} in OpenRouter …), so that a total never mixes
 *              two of them; {@code null} when the source has only one
 */
public record ReportedCost(BigDecimal amount, String currency, Kind kind, String basis) {
    /** Whether the amount is what was billed, or a tool's own estimate (LiteLLM {@code spend}, Helicone {@code cost}). */
    public enum Kind { INVOICED, ESTIMATED }

    public ReportedCost {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(kind, "kind");
        currency = currency.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public ReportedCost(BigDecimal amount, String currency, Kind kind) {
        this(amount, currency, kind, null);
    }

    public static ReportedCost invoicedUsd(BigDecimal amount) {
        return new ReportedCost(amount, "USD", Kind.INVOICED);
    }

    public static ReportedCost estimatedUsd(BigDecimal amount) {
        return new ReportedCost(amount, "USD", Kind.ESTIMATED);
    }
}
