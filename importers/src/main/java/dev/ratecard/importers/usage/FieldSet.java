package dev.ratecard.importers.usage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The fields one reader reads; each reader instance builds its own, so nothing about them is shared or static. */
final class FieldSet {
    private final List<Field> fields = new ArrayList<>();

    Field optional(String... names) {
        return add(false, names);
    }

    /** A field a CSV file must have a column for; a JSON item without it is a row error when it is read. */
    Field required(String... names) {
        return add(true, names);
    }

    private Field add(boolean required, String... names) {
        Field field = new Field(fields.size(), List.of(names), required);
        fields.add(field);
        return field;
    }

    List<Field> all() {
        return Collections.unmodifiableList(fields);
    }

    int size() {
        return fields.size();
    }
}
