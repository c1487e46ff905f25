package dev.ratecard.importers.model;

/** The price-sheet formats Ratecard reads. */
public enum PriceSheetFormat {
    /** LiteLLM's {@code model_prices_and_context_window.json}: USD per unit as JSON numbers. */
    LITELLM,
    /** OpenRouter's {@code GET /api/v1/models} response: USD per token as strings. */
    OPENROUTER,
    /** Portkey's pricing database: US cents per token. */
    PORTKEY,
    /** Ratecard's own JSON price sheet ({@code docs/formats/price-sheet.md}). */
    RATECARD_JSON,
    /** A hand-made CSV sheet: provider, model, rates per 1M tokens per bucket, effective date, source. */
    RATECARD_CSV
}
