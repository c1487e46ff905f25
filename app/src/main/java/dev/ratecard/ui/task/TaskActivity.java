package dev.ratecard.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tasks an executor has under way, oldest first, and how the last one ended. Changed by the executor on
 * the UI thread; observed by the status bar.
 */
public final class TaskActivity {
    private final ObservableList<ActiveTask> tasks = FXCollections.observableArrayList();
    private final ObservableList<ActiveTask> readOnlyTasks = FXCollections.unmodifiableObservableList(tasks);
    private final ReadOnlyObjectWrapper<ActiveTask> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper lastOutcome = new ReadOnlyStringWrapper(this, "lastOutcome", "");

    public ObservableList<ActiveTask> tasks() {
        return readOnlyTasks;
    }

    /** The most recently started task still under way, or null. */
    public ReadOnlyObjectProperty<ActiveTask> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** e.g. "Import usage.csv was cancelled"; empty until a task has ended. */
    public ReadOnlyStringProperty lastOutcomeProperty() {
        return lastOutcome.getReadOnlyProperty();
    }

    void started(ActiveTask task) {
        tasks.add(task);
        refresh();
    }

    void ended(ActiveTask task, TaskOutcome<?> outcome) {
        tasks.remove(task);
        String title = task.titleProperty().get();
        lastOutcome.set(switch (outcome) {
            case TaskOutcome.Succeeded<?> succeeded -> title + " finished";
            case TaskOutcome.Failed<?> failed -> title + " failed";
            case TaskOutcome.Cancelled<?> cancelled -> title + " was cancelled";
        });
        refresh();
    }

    private void refresh() {
        latest.set(tasks.isEmpty() ? null : tasks.get(tasks.size() - 1));
        busy.set(!tasks.isEmpty());
    }
}
