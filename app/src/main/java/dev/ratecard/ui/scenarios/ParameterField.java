package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.mvvm.Validation;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed input of the scenario: the text as the user types it, checked as they type, and the value it gives the
 * scenario file. Empty means "take the default" (shown as the field's placeholder) unless the spec requires a
 * value. A value the user has not touched is written back exactly as the file had it, so that opening and saving
 * a scenario changes nothing.
 */
final class ParameterField extends EditorField {
    private final FieldSpec spec;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final String initialText;
    private final Object initialValue;

    /** @param initial the file's value ({@code BigDecimal}, {@code Long}, {@code Integer} or {@code String}), or {@code null} */
    ParameterField(FieldSpec spec, Object initial, Validation validation) {
        super(spec.label(), spec.path());
        this.spec = spec;
        this.initialValue = initial;
        this.initialText = FieldValues.display(spec.format(), initial);
        text.set(initialText);
        checked(validation, text, t -> FieldValues.problem(spec, t));
    }

    FieldSpec spec() {
        return spec;
    }



    @Override
    Observable input() {
        return text;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** What an empty field stands for, e.g. {@code 80 (default)}; empty when the field is required. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    void setPlaceholder(String value) {
        placeholder.set(value == null ? "" : value);
    }





    /** True when the text reads as what the field holds (its range aside); a scenario is recomputed only then. */
    boolean parses() {
        return FieldValues.problem(spec, text.get()).isEmpty();
    }

    boolean isEmpty() {
        return text.get() == null || text.get().isBlank();
    }

    /** The decimal for the file (a fraction for a percentage), or {@code null} when empty. */
    BigDecimal decimal() {
        return unchanged(BigDecimal.class).orElseGet(() -> FieldValues.decimal(spec.format(), text.get()));
    }

    Long count() {
        Optional<Number> same = unchanged(Number.class);
        if (same.isPresent()) {
            return same.get().longValue();
        }
        BigDecimal value = FieldValues.decimal(FieldSpec.Format.DECIMAL, text.get());
        return value == null ? null : value.longValueExact();
    }

    Integer integer() {
        Long value = count();
        return value == null ? null : Math.toIntExact(value);
    }

    /** The text, trimmed, or {@code null} when empty. */
    String string() {
        return isEmpty() ? null : text.get().strip();
    }

    private <T> Optional<T> unchanged(Class<T> type) {
        return Objects.equals(text.get(), initialText) && type.isInstance(initialValue)
                ? Optional.of(type.cast(initialValue)) : Optional.empty();
    }
}
