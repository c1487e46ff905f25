package dev.ratecard.ui.undo;

import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The edits of one screen, for undo and redo (the Job pattern of Scene Builder's {@code JobManager}, small).
 * A new edit clears what was undone. Consecutive edits merge while the top of the stack is open: a view
 * {@link #seal() seals} it when an edit gesture ends (slider released, field left), and undo and redo seal it
 * too. At most {@code limit} edits are kept; the oldest go first.
 */
public final class UndoStack {
    public static final int DEFAULT_LIMIT = 200;

    private final int limit;
    private final Deque<Job> done = new ArrayDeque<>();
    private final Deque<Job> undone = new ArrayDeque<>();
    private boolean topSealed = true;
    private boolean applying;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);

    public UndoStack() {
        this(DEFAULT_LIMIT);
    }

    public UndoStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an undo stack keeps at least one edit; limit was " + limit);
        }
        this.limit = limit;
    }

    /** Makes the edit and records it. If the edit throws, nothing is recorded. */
    public void execute(Job job) {
        applying(job::execute);
        record(job);
    }

    /** Records an edit that has already been made (the user typed it into a bound field). */
    public void record(Job alreadyDone) {
        Objects.requireNonNull(alreadyDone, "job");
        Optional<Job> merged = topSealed || done.isEmpty() ? Optional.empty() : done.peek().mergedWith(alreadyDone);
        if (merged.isPresent()) {
            done.pop();
            done.push(merged.get());
        } else {
            done.push(alreadyDone);
            if (done.size() > limit) {
                done.removeLast();
            }
        }
        topSealed = false;
        undone.clear();
        changed();
    }

    /**
     * Records every change of {@code property} made by the user (not those made by undo and redo themselves) as
     * a {@link ValueChange} described as {@code description}.
     */
    public <T> void track(Property<T> property, String description) {
        property.addListener((observable, was, now) -> {
            if (!applying) {
                record(new ValueChange<>(description, property, was, now));
            }
        });
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        Job job = done.peek();
        applying(job::undo);
        undone.push(done.pop());
        topSealed = true;
        changed();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Job job = undone.peek();
        applying(job::redo);
        done.push(undone.pop());
        topSealed = true;
        changed();
    }

    /** Ends the current edit gesture: the next edit is a step of its own. */
    public void seal() {
        topSealed = true;
    }

    /** Forgets every edit, e.g. after the document was reloaded. */
    public void clear() {
        done.clear();
        undone.clear();
        topSealed = true;
        changed();
    }

    /** True while an edit is being made, undone or redone through this stack. */
    public boolean isApplying() {
        return applying;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The description of the edit undo would take back, or empty. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** Counts every change of the stack; views that show "unsaved changes" compare it with a saved revision. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private void applying(Runnable action) {
        applying = true;
        try {
            action.run();
        } finally {
            applying = false;
        }
    }

    private void changed() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoDescription.set(done.isEmpty() ? "" : done.peek().description());
        redoDescription.set(undone.isEmpty() ? "" : undone.peek().description());
        revision.set(revision.get() + 1);
    }
}
