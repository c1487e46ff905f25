package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.mvvm.FieldCheck;
import dev.ratecard.ui.mvvm.Validation;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An input of the scenario editor as the form shows it: a typed parameter, a choice from the catalogue, or a
 * yes/no switch. Each knows where it sits in the scenario file, so that what the file's reader or the engine
 * refuses is shown under the field it is about, and says where the value in use comes from. The engine's problem
 * is cleared by the field's next edit, before the field's own rule runs again, so a corrected value is never
 * shown with the old complaint.
 */
abstract sealed class EditorField permits ParameterField, ChoiceField, FlagField {
    private final String label;
    private final String path;
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private FieldCheck check;

    /** @param path its JSON path relative to its option or workload, e.g. {@code .gpu.usd_per_gpu_hour} */
    protected EditorField(String label, String path) {
        this.label = Objects.requireNonNull(label, "label");
        this.path = Objects.requireNonNull(path, "path");
    }

    /** Registers the field's check: its own {@code rule}, and the engine's problem when the rule finds none. */
    protected final <T> void checked(Validation validation, ObservableValue<T> value,
                                     Function<? super T, Optional<String>> rule) {
        value.addListener(observable -> problem.set(""));
        check = validation.check(value, v -> rule.apply(v).or(() -> problem.get().isEmpty()
                ? Optional.empty() : Optional.of(problem.get())));
        problem.addListener(observable -> check.revalidate());
    }

    String label() {
        return label;
    }

    String path() {
        return path;
    }

    /** Changes whenever the user's input does. */
    abstract Observable input();

    FieldCheck check() {
        return check;
    }

    /** Where the value in use comes from (a catalogue item or a default, with its source and date); may be empty. */
    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    void setNote(String text) {
        note.set(text == null ? "" : text);
    }

    /** Shows what the engine or the file's reader said about this field; cleared by the next edit. */
    void showProblem(String reason) {
        problem.set(reason == null ? "" : reason);
    }
}
