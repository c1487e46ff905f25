package dev.ratecard.ui.mvvm;

import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Base of the desktop app's view models. A view model holds a screen's state as properties (exposed read-only
 * unless the view edits them), its commands as methods, and its validation; it never touches a {@code Node},
 * opens a window itself or calls {@code Platform.runLater}. Dialogs go through a
 * {@link dev.ratecard.ui.dialog.DialogService}, background work through a
 * {@link dev.ratecard.ui.task.TaskExecutor}, so the whole class is tested without a toolkit.
 */
public abstract class ViewModel {
    private final Validation validation = new Validation();

    /** The checks of this view model's fields; subclasses register them in their constructor. */
    protected final Validation validation() {
        return validation;
    }

    /** True while every registered check passes. */
    public ReadOnlyBooleanProperty validProperty() {
        return validation.validProperty();
    }
}
