package dev.ratecard.ui.undo;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UndoStackTest {
    private final UndoStack stack = new UndoStack();
    private final IntegerProperty growth = new SimpleIntegerProperty(this, "growth", 0);

    @Test
    void undoesAndRedoesInOrder() {
        stack.execute(set("Set growth to 5", 5));
        stack.seal();
        stack.execute(set("Set growth to 10", 10));

        stack.undo();
        assertEquals(5, growth.get());
        assertEquals("Set growth to 5", stack.undoDescriptionProperty().get());
        assertEquals("Set growth to 10", stack.redoDescriptionProperty().get());

        stack.undo();
        assertEquals(0, growth.get());
        assertFalse(stack.canUndoProperty().get());

        stack.redo();
        stack.redo();
        assertEquals(10, growth.get());
        assertFalse(stack.canRedoProperty().get());
    }

    @Test
    void aNewEditClearsWhatWasUndone() {
        stack.execute(set("Set growth to 5", 5));
        stack.undo();
        assertTrue(stack.canRedoProperty().get());

        stack.execute(set("Set growth to 7", 7));

        assertFalse(stack.canRedoProperty().get());
        assertEquals("", stack.redoDescriptionProperty().get());
    }

    @Test
    void mergesTheStepsOfOneGestureIntoOneUndo() {
        // A slider dragged through 1..50: one gesture, one undo step back to where it started.
        for (int value = 1; value <= 50; value++) {
            stack.execute(set("Change growth", value));
        }
        stack.seal();
        stack.execute(set("Change growth", 60));

        stack.undo();
        assertEquals(50, growth.get());
        stack.undo();
        assertEquals(0, growth.get());
        assertFalse(stack.canUndoProperty().get());
    }

    @Test
    void recordsUserChangesOfATrackedPropertyButNotItsOwnUndos() {
        StringProperty model = new SimpleStringProperty(this, "model", "gpt-4o");
        stack.track(model, "Change model");

        model.set("deepseek-v3");
        stack.undo();

        assertEquals("gpt-4o", model.get());
        assertFalse(stack.canUndoProperty().get(), "undoing did not record a new edit");
        assertTrue(stack.canRedoProperty().get());
        stack.redo();
        assertEquals("deepseek-v3", model.get());
    }

    @Test
    void keepsOnlyTheNewestEditsUpToItsLimit() {
        UndoStack small = new UndoStack(2);
        for (int value = 1; value <= 3; value++) {
            small.execute(set("Set growth to " + value, value));
            small.seal();
        }

        small.undo();
        small.undo();
        small.undo();

        assertEquals(1, growth.get(), "the first edit fell off the stack and stays made");
    }

    @Test
    void recordsNothingWhenAnEditFails() {
        Job failing = new Job() {
            @Override
            public String description() {
                return "Break";
            }

            @Override
            public void execute() {
                throw new IllegalStateException("cannot");
            }

            @Override
            public void undo() {
            }
        };

        assertThrows(IllegalStateException.class, () -> stack.execute(failing));
        assertFalse(stack.canUndoProperty().get());
        assertFalse(stack.isApplying());
    }

    @Test
    void countsEveryChangeInItsRevision() {
        List<Number> revisions = new ArrayList<>();
        stack.revisionProperty().addListener((o, was, now) -> revisions.add(now));

        stack.execute(set("Set growth to 1", 1));
        stack.undo();
        stack.redo();
        stack.clear();

        assertEquals(List.of(1, 2, 3, 4), revisions);
    }

    @Test
    void undoAndRedoOnAnEmptyStackDoNothing() {
        stack.undo();
        stack.redo();
        assertEquals(0, growth.get());
        assertEquals(0, stack.revisionProperty().get());
    }

    private ValueChange<Number> set(String description, int value) {
        return new ValueChange<>(description, growth, growth.get(), value);
    }
}
