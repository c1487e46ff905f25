package dev.ratecard.store;

import java.util.Objects;

/**
 * An entry of the user's alias table: a model name as logs write it, and the price entry it means.
 *
 * @param rawName  exactly as written in the source, e.g. {@code my-gpt4o-deployment}
 * @param provider the price entry's provider, e.g. {@code openai}
 * @param modelId  the price entry's model id, e.g. {@code gpt-4o-2024-08-06}
 */
public record ModelAlias(String rawName, String provider, String modelId) {
    public ModelAlias {
        for (String value : new String[] {rawName, provider, modelId}) {
            if (Objects.requireNonNull(value, "alias fields are required").isBlank()) {
                throw new IllegalArgumentException("alias fields must not be blank: " + rawName + " → " + provider + "/" + modelId);
            }
        }
    }
}
