package dev.ratecard.importers.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A regional price multiplier (OpenAI data residency, Anthropic {@code us} inference): applied to the cost
 * after summing, to cache tokens only if {@code includesCache} (LiteLLM versions disagree, so sheets say).
 */
public record RegionUplift(BigDecimal multiplier, boolean includesCache) {
    public RegionUplift {
        Objects.requireNonNull(multiplier, "multiplier");
        if (multiplier.signum() <= 0) {
            throw new IllegalArgumentException("region multiplier must be positive: " + multiplier.toPlainString());
        }
    }
}
