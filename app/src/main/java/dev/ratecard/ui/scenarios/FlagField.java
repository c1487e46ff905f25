package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.mvvm.Validation;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Optional;

/**
 * A yes/no input: always-on replicas, bringing your own key. A file that left it out keeps leaving it out while it
 * stays at its default, so that opening and saving a scenario changes nothing.
 */
final class FlagField extends EditorField {
    private final boolean defaultValue;
    private final Boolean initial;
    private final BooleanProperty value = new SimpleBooleanProperty(this, "value");

    FlagField(String label, String path, boolean defaultValue, Boolean initial, Validation validation) {
        super(label, path);
        this.defaultValue = defaultValue;
        this.initial = initial;
        value.set(initial == null ? defaultValue : initial);
        checked(validation, value, v -> Optional.empty());
    }



    @Override
    Observable input() {
        return value;
    }

    public BooleanProperty valueProperty() {
        return value;
    }

    /** The value for the file: {@code null} while a flag the file left out is still at its default. */
    Boolean forFile() {
        return initial == null && value.get() == defaultValue ? null : value.get();
    }




}
