package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.mvvm.Validation;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one part of the editor (the workload, or one option), made and registered in one place: each
 * edit is recorded for undo ("Change GPU price"), triggers the recompute, and counts in the part's validity.
 */
final class FieldSet {
    private final EditorContext context;
    private final Validation validation = new Validation();
    private final List<EditorField> fields = new ArrayList<>();

    FieldSet(EditorContext context) {
        this.context = context;
    }

    /** A typed field; one with a default key shows the bundled default as its placeholder and cites its source. */
    ParameterField parameter(FieldSpec spec, Object initial) {
        ParameterField field = new ParameterField(spec, initial, validation);
        context.choices().defaultFor(spec.defaultKey()).ifPresent(entry -> {
            field.setPlaceholder(FieldValues.display(spec.format(), entry.value()) + " (default)");
            field.setNote("Default " + FieldValues.display(spec.format(), entry.value())
                    + (spec.format() == FieldSpec.Format.PERCENT ? " %" : "") + ": " + entry.citation());
        });
        return register(field, field.textProperty());
    }

    ChoiceField choice(String label, String path, String emptyLabel, List<ChoiceField.Choice> choices, String initial) {
        ChoiceField field = new ChoiceField(label, path, emptyLabel, choices, initial, validation);
        return register(field, field.valueProperty());
    }

    FlagField flag(String label, String path, boolean defaultValue, Boolean initial) {
        FlagField field = new FlagField(label, path, defaultValue, initial, validation);
        return register(field, field.valueProperty());
    }

    private <F extends EditorField, T> F register(F field, Property<T> property) {
        context.undo().track(property, "Change " + field.label());
        property.addListener(observable -> context.changed().run());
        fields.add(field);
        return field;
    }

    List<EditorField> fields() {
        return List.copyOf(fields);
    }

    /** True while every field passes its own rule and the engine has no complaint about it. */
    ReadOnlyBooleanProperty validProperty() {
        return validation.validProperty();
    }

    /** True when every typed field reads as a value, so that the scenario can be built and computed. */
    boolean parses() {
        return fields.stream().noneMatch(f -> f instanceof ParameterField p && !p.parses());
    }

    /**
     * The field a problem at {@code path} (relative to this part) is about: the field of that path, else the first
     * field inside the object the path names, else the field the path lies inside.
     */
    Optional<EditorField> at(String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst()
                .or(() -> fields.stream().filter(f -> f.path().startsWith(path + ".")).findFirst())
                .or(() -> fields.stream().filter(f -> path.startsWith(f.path() + ".") || path.startsWith(f.path() + "["))
                        .findFirst());
    }
}
