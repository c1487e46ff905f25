package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.OptionKind;
import dev.ratecard.scenario.OptionSpec;
import dev.ratecard.workspace.scenarios.OptionDocument;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One option of the scenario as the editor holds it: its fields, grouped for the form, and the option of the
 * scenario file they make. Its id never changes, so that undoing a removal brings back the very option that
 * sensitivity rows, mixes and the focus point to.
 */
abstract sealed class OptionEditor permits ApiOptionEditor, SelfHostedGatewayEditor, RentedGpusEditor,
        OwnedHardwareEditor, MixEditor {
    static final FieldSpec NAME = FieldSpec.text("Name", ".name").required("Give the option a name");

    private final String id;
    private final OptionKind kind;
    protected final FieldSet fields;
    protected final ParameterField name;

    protected OptionEditor(EditorContext context, OptionKind kind, String id, String name) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fields = new FieldSet(context);
        this.name = fields.parameter(NAME, name);
    }

    String id() {
        return id;
    }

    OptionKind kind() {
        return kind;
    }

    /** The name as typed, or the id while the name is empty. */
    String displayName() {
        String typed = name.string();
        return typed == null ? id : typed;
    }

    public StringProperty nameProperty() {
        return name.textProperty();
    }

    /** The form's groups for this option, the name first. */
    abstract List<FormSection> sections();

    /** This option as the scenario file writes it; only when {@link #parses()}. */
    abstract OptionDocument toDocument();

    /** Takes the notes the resolved option gives its fields: where each figure in use came from. */
    void describe(OptionSpec resolved) {
        Objects.requireNonNull(resolved, "resolved");
    }

    boolean parses() {
        return fields.parses();
    }

    ReadOnlyBooleanProperty validProperty() {
        return fields.validProperty();
    }

    Optional<EditorField> fieldAt(String path) {
        return fields.at(path);
    }

    List<EditorField> allFields() {
        return fields.fields();
    }
}
