package dev.ratecard.ui.usage;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;

/** One column of the CSV being mapped: its name, a value from it, and the role the user gives it (and tag name). */
public final class ColumnRow {
    private final String name;
    private final String example;
    private final ObjectProperty<ColumnRole> role = new SimpleObjectProperty<>(this, "role", ColumnRole.IGNORED);
    private final StringProperty tag = new SimpleStringProperty(this, "tag", "");

    ColumnRow(String name, String example) {
        this.name = Objects.requireNonNull(name, "name");
        this.example = Objects.requireNonNull(example, "example");
    }

    public String name() {
        return name;
    }

    public String example() {
        return example;
    }

    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    /** The tag's name when the role is {@link ColumnRole#TAG}, e.g. {@code project}. */
    public StringProperty tagProperty() {
        return tag;
    }
}
