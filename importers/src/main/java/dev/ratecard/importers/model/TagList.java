package dev.ratecard.importers.model;

import java.util.Arrays;
import java.util.Map;

/**
 * A row's few tags, put one by one and then made into an unmodifiable map. Readers tag every row: a
 * {@code LinkedHashMap} for each, copied again into the record's map, was a tenth of what an import allocates; this
 * keeps the names and values in two short arrays and makes the map in one step.
 */
public final class TagList {
    private String[] names = new String[4];
    private String[] values = new String[4];
    private int size;

    /** Sets {@code name} to {@code value}, replacing the value put for it before. */
    public void put(String name, String value) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                values[i] = value;
                return;
            }
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The tags put, as an unmodifiable map; {@code Map.of}'s own forms up to four, which need no entry objects. */
    public Map<String, String> toMap() {
        return switch (size) {
            case 0 -> Map.of();
            case 1 -> Map.of(names[0], values[0]);
            case 2 -> Map.of(names[0], values[0], names[1], values[1]);
            case 3 -> Map.of(names[0], values[0], names[1], values[1], names[2], values[2]);
            case 4 -> Map.of(names[0], values[0], names[1], values[1], names[2], values[2], names[3], values[3]);
            default -> {
                @SuppressWarnings("unchecked")
                Map.Entry<String, String>[] entries = new Map.Entry[size];
                for (int i = 0; i < size; i++) {
                    entries[i] = Map.entry(names[i], values[i]);
                }
                yield Map.ofEntries(entries);
            }
        };
    }
}
