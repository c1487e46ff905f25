package dev.ratecard.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A scenario as the workspace keeps it.
 *
 * @param json          the scenario's own JSON; the store never reads inside it
 * @param formatVersion the version of that JSON's format, so that an older one can be upgraded on open
 */
public record StoredScenario(long id, String name, int formatVersion, String json, Instant createdAt, Instant updatedAt) {
    public StoredScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public ScenarioSummary summary() {
        return new ScenarioSummary(id, name, formatVersion, createdAt, updatedAt);
    }
}
