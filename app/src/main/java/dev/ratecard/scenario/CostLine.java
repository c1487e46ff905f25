package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;

import java.util.Objects;

/**
 * One line of an option's monthly cost at a given volume.
 *
 * @param steps for whole units (replicas, overage blocks), how many are bought; otherwise {@code null}
 */
public record CostLine(CostCategory category, String label, String source, Money amount, Long steps) {
    public CostLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
    }
}
