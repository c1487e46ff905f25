package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.undo.Job;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * An undoable change of the scenario's option list (an option added, removed or moved): the list before and
 * after, swapped whole. The editors themselves are kept, so their fields, and the undo steps that point at them,
 * stay valid.
 */
record OptionListJob(String description, ObservableList<OptionEditor> options, List<OptionEditor> before,
                     List<OptionEditor> after, Runnable changed) implements Job {
    OptionListJob {
        Objects.requireNonNull(description, "description");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    @Override
    public void execute() {
        options.setAll(after);
        changed.run();
    }

    @Override
    public void undo() {
        options.setAll(before);
        changed.run();
    }
}
