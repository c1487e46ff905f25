package dev.ratecard.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A saved column mapping for a CSV layout Ratecard does not know by itself.
 *
 * @param json the mapping as its owner wrote it; the store only checks that it is JSON
 */
public record MappingProfile(String name, String json, Instant updatedAt) {
    public MappingProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
