package dev.ratecard.ui.scenarios;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

import java.util.List;
import java.util.Objects;

/**
 * A titled group of fields as the form shows it ("Replicas", "Engineer"). Some groups only apply to one choice of
 * another field (the file's own GPU price only without a catalogue offer); {@code shown} says when.
 */
record FormSection(String title, String hint, List<EditorField> fields, ObservableBooleanValue shown) {
    FormSection {
        Objects.requireNonNull(title, "title");
        hint = hint == null ? "" : hint;
        fields = List.copyOf(fields);
        Objects.requireNonNull(shown, "shown");
    }

    static FormSection of(String title, String hint, EditorField... fields) {
        return of(title, hint, List.of(fields));
    }

    static FormSection of(String title, String hint, List<? extends EditorField> fields) {
        return new FormSection(title, hint, List.copyOf(fields), Bindings.createBooleanBinding(() -> true));
    }

    FormSection shownWhen(ObservableBooleanValue condition) {
        return new FormSection(title, hint, fields, condition);
    }
}
