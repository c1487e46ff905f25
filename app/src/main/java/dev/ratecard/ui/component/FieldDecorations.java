package dev.ratecard.ui.component;

import dev.ratecard.ui.mvvm.FieldCheck;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Shows a {@link FieldCheck} on a field: a red outline ({@code :invalid}) and the sentence below it. */
public final class FieldDecorations {
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FieldDecorations() {
    }

    /** The label under {@code field} that says what is wrong; hidden (and taking no space) while it is fine. */
    public static Label errorLabel(Node field, FieldCheck check) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(check.errorProperty());
        error.visibleProperty().bind(check.validProperty().not());
        error.managedProperty().bind(error.visibleProperty());
        if (field.getId() != null) {
            error.setId(field.getId() + "-error");
        }
        InvalidationListener mark = observable -> field.pseudoClassStateChanged(INVALID, !check.isValid());
        // Held by the field, listened to weakly: a field that is thrown away (a list rebuilt) is not kept alive.
        field.getProperties().put(FieldDecorations.class, mark);
        check.validProperty().addListener(new WeakInvalidationListener(mark));
        mark.invalidated(check.validProperty());
        return error;
    }
}
