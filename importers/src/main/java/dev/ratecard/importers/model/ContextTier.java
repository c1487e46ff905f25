package dev.ratecard.importers.model;

import java.util.Objects;

/**
 * A context-length tier: when a request's prompt passes {@code threshold} (by {@code comparison}, counted by
 * {@code basis}), its rates become the tier's. Buckets the tier has no rate for keep the base rate; readers
 * fill in whatever fallback their source defines.
 */
public record ContextTier(long threshold, Comparison comparison, Basis basis, Scope scope, Rates rates) {

    /** LiteLLM's {@code above_200k} and Portkey's {@code gt-} tiers are strict; OpenRouter's {@code min_prompt_tokens}, Helicone's and xAI's are inclusive. */
    public enum Comparison {
        GREATER_THAN(">"), AT_LEAST(">=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static Comparison fromSymbol(String symbol) {
            for (Comparison c : values()) {
                if (c.symbol.equals(symbol.trim())) {
                    return c;
                }
            }
            throw new IllegalArgumentException("tier comparison must be \">\" or \">=\", not \"" + symbol + "\"");
        }
    }

    /** What counts as the prompt size compared with the threshold. */
    public enum Basis {
        /** Uncached input + cache reads + cache writes (+ audio/image input): LiteLLM, OpenRouter. */
        PROMPT_INCLUDING_CACHE,
        /** Uncached input + cache writes, cache reads left out (Langfuse's {@code input|cache_write}). */
        INPUT_AND_CACHE_WRITE,
        /** Uncached input only. */
        UNCACHED_INPUT
    }

    /** Whether passing the threshold re-prices the whole request or only the tokens above it. */
    public enum Scope { WHOLE_REQUEST, GRADUATED }

    public ContextTier {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(rates, "rates");
        if (threshold < 0) {
            throw new IllegalArgumentException("tier threshold is negative: " + threshold);
        }
    }

    public boolean appliesTo(long promptTokens) {
        return comparison == Comparison.GREATER_THAN ? promptTokens > threshold : promptTokens >= threshold;
    }
}
