package dev.ratecard.ui.mvvm;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One field's rule, re-checked whenever the field changes: the sentence to show under the field (empty when
 * the value is fine) and whether it is valid. Views bind a label to {@link #errorProperty()} and a
 * {@code :invalid} pseudo-class to {@link #validProperty()}.
 */
public final class FieldCheck {
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final Supplier<Optional<String>> check;

    <T> FieldCheck(ObservableValue<T> value, Function<? super T, Optional<String>> rule) {
        this.check = () -> rule.apply(value.getValue());
        value.addListener(observable -> revalidate());
        revalidate();
    }

    /** Checks again; for rules that also read other fields (a display currency needs a rate among the rows). */
    public void revalidate() {
        Optional<String> problem = check.get();
        error.set(problem.orElse(""));
        valid.set(problem.isEmpty());
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    public String error() {
        return error.get();
    }
}
