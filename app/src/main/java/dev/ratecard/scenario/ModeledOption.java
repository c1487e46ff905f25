package dev.ratecard.scenario;

import java.util.Objects;

/**
 * An option turned into a cost function for one workload.
 *
 * @param capacity for self-hosted models, what their replicas carry; otherwise {@code null}
 */
public record ModeledOption(OptionSpec spec, CostFunction cost, ReplicaCapacity capacity) {
    public ModeledOption {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(cost, "cost");
    }

    public CostedOption costed() {
        return new CostedOption(spec.id(), spec.name(), cost);
    }
}
