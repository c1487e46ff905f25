package dev.ratecard.store;

import java.time.Instant;
import java.util.Objects;

/** A line of the scenario list: everything but the scenario's JSON. */
public record ScenarioSummary(long id, String name, int formatVersion, Instant createdAt, Instant updatedAt) {
    public ScenarioSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
