package dev.ratecard.ui.undo;

import java.util.Optional;

/**
 * One undoable edit. {@link #execute()} makes it, {@link #undo()} takes it back, {@link #redo()} makes it again
 * (the same as executing unless the edit must remember something from the first time).
 */
public interface Job {
    /** What the Edit menu says: "Undo " + description, e.g. "Undo Change growth". */
    String description();

    void execute();

    void undo();

    default void redo() {
        execute();
    }

    /**
     * This edit and {@code next} as one, if they belong together (the steps of one slider drag); empty keeps
     * them as two undo steps.
     */
    default Optional<Job> mergedWith(Job next) {
        return Optional.empty();
    }
}
