package dev.ratecard.importers.usage;

import java.util.List;

/**
 * A value a reader wants, with the names sources give it (header names for CSV, member names or dotted paths
 * such as {@code usage.prompt_tokens} for JSON), tried in order and without regard to case. Created by a
 * {@link FieldSet}, which numbers its fields so that a CSV header can be bound to them once.
 */
final class Field {
    private final int slot;
    private final List<String> names;
    private final String[][] paths;
    private final boolean required;

    Field(int slot, List<String> names, boolean required) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a field needs a name");
        }
        this.slot = slot;
        this.names = List.copyOf(names);
        this.paths = new String[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            paths[i] = names.get(i).split("\\.");
        }
        this.required = required;
    }

    /** Name {@code i} split at its dots, once, for walking JSON paths without cutting strings per row. */
    String[] path(int i) {
        return paths[i];
    }

    int slot() {
        return slot;
    }

    List<String> names() {
        return names;
    }

    String primaryName() {
        return names.get(0);
    }

    boolean required() {
        return required;
    }

    @Override
    public String toString() {
        return primaryName();
    }
}
