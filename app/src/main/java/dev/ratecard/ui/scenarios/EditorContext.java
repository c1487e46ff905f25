package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.undo.UndoStack;

import java.util.Objects;

/**
 * What every part of one scenario's editor shares: the undo stack its edits are recorded on, what runs after
 * every edit (the recompute), and the catalogue its pickers list.
 */
record EditorContext(UndoStack undo, Runnable changed, ScenarioChoices choices) {
    EditorContext {
        Objects.requireNonNull(undo, "undo");
        Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(choices, "choices");
    }
}
