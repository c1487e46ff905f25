package dev.ratecard.scenario;

import java.util.Objects;

/** An option's id, display name and cost over volume: what break-even analysis compares. */
public record CostedOption(String id, String name, CostFunction cost) {
    public CostedOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cost, "cost");
    }
}
