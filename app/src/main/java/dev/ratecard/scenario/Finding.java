package dev.ratecard.scenario;

import java.util.Objects;

/**
 * A conclusion in plain words, with a key saying what kind it is (for filtering and styling):
 * {@code cheapest}, {@code fees}, {@code break_even}, {@code never}, {@code utilisation}, {@code substitution},
 * {@code throughput}, {@code rough_default}, {@code sensitivity}, {@code payback}.
 */
public record Finding(String kind, String text) {
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
