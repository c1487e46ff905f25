package dev.ratecard.ui.screen;

import dev.ratecard.ui.mvvm.Command;
import dev.ratecard.ui.undo.UndoStack;

import java.util.Objects;
import java.util.Optional;

/**
 * What Edit › Undo/Redo, File › Save and Edit › Find do while this screen is shown; a screen without one of
 * them leaves that menu item disabled.
 */
public record ScreenActions(Optional<UndoStack> undo, Optional<Command> save, Optional<Command> find) {
    public static final ScreenActions NONE = new ScreenActions(Optional.empty(), Optional.empty(), Optional.empty());

    public ScreenActions {
        Objects.requireNonNull(undo, "undo");
        Objects.requireNonNull(save, "save");
        Objects.requireNonNull(find, "find");
    }

    public ScreenActions withUndo(UndoStack stack) {
        return new ScreenActions(Optional.of(stack), save, find);
    }

    public ScreenActions withSave(Command command) {
        return new ScreenActions(undo, Optional.of(command), find);
    }

    public ScreenActions withFind(Command command) {
        return new ScreenActions(undo, save, Optional.of(command));
    }
}
