package dev.ratecard.pricing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's own mapping from a model name as written in logs to the price entry it means (provider + model
 * id). It wins over every normalisation rule, so a name the rules read wrongly, or cannot read at all
 * ({@code my-prod-deployment}), can be pointed at the right price. Names are compared ignoring case and
 * surrounding whitespace. Immutable: {@link #with} and {@link #without} return a new table.
 */
public final class AliasTable {
    private static final AliasTable EMPTY = new AliasTable(Map.of());

    private final Map<String, Target> byName;

    private AliasTable(Map<String, Target> byName) {
        this.byName = byName;
    }

    /** Where an alias points: a provider and a model id (or one of the entry's aliases) of a loaded sheet. */
    public record Target(String provider, String model) {
        public Target {
            requireText(provider, "provider");
            requireText(model, "model");
        }
    }

    public static AliasTable empty() {
        return EMPTY;
    }

    /** A table holding {@code aliases} (raw name → target); two names that differ only in case are refused. */
    public static AliasTable of(Map<String, Target> aliases) {
        AliasTable table = EMPTY;
        for (Map.Entry<String, Target> e : aliases.entrySet()) {
            if (table.lookup(e.getKey()).isPresent()) {
                throw new IllegalArgumentException("alias \"" + e.getKey() + "\" is given twice (names ignore case)");
            }
            table = table.with(e.getKey(), e.getValue());
        }
        return table;
    }

    public AliasTable with(String rawName, Target target) {
        Objects.requireNonNull(target, "target");
        Map<String, Target> copy = new LinkedHashMap<>(byName);
        copy.put(key(rawName), target);
        return new AliasTable(Collections.unmodifiableMap(copy));
    }

    public AliasTable with(String rawName, String provider, String model) {
        return with(rawName, new Target(provider, model));
    }

    public AliasTable without(String rawName) {
        Map<String, Target> copy = new LinkedHashMap<>(byName);
        copy.remove(key(rawName));
        return new AliasTable(Collections.unmodifiableMap(copy));
    }

    public Optional<Target> lookup(String rawName) {
        return rawName == null ? Optional.empty() : Optional.ofNullable(byName.get(key(rawName)));
    }

    /** The aliases, by name as compared (trimmed, lower case). */
    public Map<String, Target> asMap() {
        return byName;
    }

    public int size() {
        return byName.size();
    }

    private static String key(String rawName) {
        return requireText(rawName, "alias name").strip().toLowerCase(Locale.ROOT);
    }

    private static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AliasTable other && byName.equals(other.byName);
    }

    @Override
    public int hashCode() {
        return byName.hashCode();
    }

    @Override
    public String toString() {
        return "AliasTable" + byName;
    }
}
