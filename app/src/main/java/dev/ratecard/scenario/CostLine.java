package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;

import java.util.Objects;

/**
 * One line of an option's monthly cost at a given volume.
 *
 * @param steps        for whole units (replicas, overage blocks), how many are bought; otherwise {@code null}
 * @param costsNothing the line is zero at every volume, not just at this one (its rate is zero or absent), so it
 *                     explains no figure and a short display may leave it out
 */
public record CostLine(CostCategory category, String label, String source, Money amount, Long steps, boolean costsNothing) {
    public CostLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
    }
}
