package dev.ratecard.ui.mvvm;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A view model's checks, combined: valid while every one passes. Parts can come and go (a row of a list
 * editor is {@link #include included} when added and {@link #exclude excluded} when removed).
 */
public final class Validation {
    private final List<ObservableBooleanValue> parts = new ArrayList<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final InvalidationListener recompute = observable -> recompute();

    /** A check of {@code value} by {@code rule} (which returns the problem, or empty when the value is fine). */
    public <T> FieldCheck check(ObservableValue<T> value, Function<? super T, Optional<String>> rule) {
        FieldCheck check = new FieldCheck(value, rule);
        include(check.validProperty());
        return check;
    }

    public void include(ObservableBooleanValue part) {
        parts.add(part);
        part.addListener(recompute);
        recompute();
    }

    public void exclude(ObservableBooleanValue part) {
        if (parts.remove(part)) {
            part.removeListener(recompute);
            recompute();
        }
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    private void recompute() {
        valid.set(parts.stream().allMatch(ObservableBooleanValue::get));
    }
}
