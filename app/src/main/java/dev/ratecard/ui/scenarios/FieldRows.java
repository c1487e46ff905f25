package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.component.FieldDecorations;
import javafx.beans.binding.Bindings;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Objects;

/**
 * Lays out editor fields as the form shows them: the label and unit above the control, the note on where its
 * value comes from below it (also the control's tooltip), and the field's problem under that. Controls get the id
 * {@code field-<owner><path>} so that tests find them.
 */
final class FieldRows {
    private final String owner;
    private final Runnable endEdit;

    /** @param endEdit what leaving a field does: ends the edit gesture, so the next edit is its own undo step */
    FieldRows(String owner, Runnable endEdit) {
        this.owner = owner;
        this.endEdit = endEdit;
    }

    static String id(String owner, String path) {
        return ("field-" + owner + path).replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "");
    }

    Node row(EditorField field) {
        Node control = switch (field) {
            case ParameterField p -> text(p);
            case ChoiceField c -> choice(c);
            case FlagField f -> flag(f);
        };
        control.setId(id(owner, field.path()));
        Label label = new Label(field.label());
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(8, label);
        if (field instanceof ParameterField p && !p.spec().unit().isEmpty()) {
            Label unit = new Label(p.spec().unit());
            unit.getStyleClass().add("field-unit");
            heading.getChildren().add(unit);
        }
        Label note = new Label();
        note.getStyleClass().addAll("hint", "field-note");
        note.setWrapText(true);
        // Two lines at most under the field; the whole source, with its date, is in the tooltip.
        note.setMaxHeight(34);
        note.textProperty().bind(field.noteProperty());
        note.visibleProperty().bind(field.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        if (control instanceof Control c) {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(field.noteProperty());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            c.tooltipProperty().bind(Bindings.when(field.noteProperty().isEmpty()).then((Tooltip) null).otherwise(tip));
            note.setTooltip(tip);
        }
        VBox row = new VBox(4, heading, control, note, FieldDecorations.errorLabel(control, field.check()));
        row.getStyleClass().add("field-row");
        row.setMinWidth(0);
        return row;
    }

    private Node text(ParameterField field) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.textProperty());
        text.promptTextProperty().bind(field.placeholderProperty());
        if (field.spec().format() != FieldSpec.Format.TEXT) {
            text.getStyleClass().add("numeric");
        }
        text.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                endEdit.run();
            }
        });
        text.setMaxWidth(Double.MAX_VALUE);
        text.setPrefColumnCount(10);
        return text;
    }

    private Node choice(ChoiceField field) {
        ComboBox<ChoiceField.Choice> box = new ComboBox<>();
        // Long catalogue labels must not widen the form: the box takes the form's width and clips its text.
        box.setMinWidth(80);
        box.setPrefWidth(200);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        Runnable fill = () -> {
            box.getItems().clear();
            if (field.emptyLabel() != null) {
                box.getItems().add(new ChoiceField.Choice("", field.emptyLabel(), ""));
            }
            box.getItems().addAll(field.choices());
            select(box, field);
        };
        fill.run();
        // Held by the box, listened to weakly: a form that is rebuilt leaves no listeners behind on the editor.
        ListChangeListener<ChoiceField.Choice> choicesChanged = change -> fill.run();
        InvalidationListener valueChanged = observable -> select(box, field);
        box.getProperties().put(FieldRows.class, List.of(choicesChanged, valueChanged));
        field.choices().addListener(new WeakListChangeListener<>(choicesChanged));
        field.valueProperty().addListener(new WeakInvalidationListener(valueChanged));
        box.valueProperty().addListener((observable, was, now) -> {
            String id = now == null || now.id().isEmpty() ? null : now.id();
            if (now != null && !Objects.equals(id, field.value())) {
                field.valueProperty().set(id);
                endEdit.run();
            }
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChoiceField.Choice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public ChoiceField.Choice fromString(String text) {
                return null;
            }
        });
        box.setCellFactory(list -> new ChoiceCell());
        return box;
    }

    private static void select(ComboBox<ChoiceField.Choice> box, ChoiceField field) {
        String id = field.value() == null ? "" : field.value();
        ChoiceField.Choice match = box.getItems().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElse(id.isEmpty() ? null : new ChoiceField.Choice(id, id + " (not in the catalogue)", ""));
        if (match != null && !box.getItems().contains(match)) {
            box.getItems().add(match);
        }
        if (!Objects.equals(box.getValue(), match)) {
            box.setValue(match);
        }
    }

    private Node flag(FlagField field) {
        CheckBox box = new CheckBox(field.label());
        box.selectedProperty().bindBidirectional(field.valueProperty());
        box.selectedProperty().addListener(observable -> endEdit.run());
        return box;
    }

    /** A choice in the drop-down: its label, and its detail (source and date) in small type below. */
    private static final class ChoiceCell extends ListCell<ChoiceField.Choice> {
        @Override
        protected void updateItem(ChoiceField.Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(choice.label());
            Label detail = new Label(choice.detail());
            detail.getStyleClass().add("hint");
            detail.setMaxWidth(520);
            VBox box = new VBox(2, name);
            if (!choice.detail().isEmpty()) {
                box.getChildren().add(detail);
            }
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMinWidth(Region.USE_PREF_SIZE);
            setText(null);
            setGraphic(box);
        }
    }
}
