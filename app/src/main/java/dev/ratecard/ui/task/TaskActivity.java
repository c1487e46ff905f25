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

    /** e.g. "Cancelled: import usage.csv"; empty until a task has ended. */
    public ReadOnlyStringProperty lastOutcomeProperty() {
        return lastOutcome.getReadOnlyProperty();
    }

    void started(ActiveTask task) {
        tasks.add(task);
        refresh();
    }

    void ended(ActiveTask task, TaskOutcome<?> outcome) {
        tasks.remove(task);
        lastOutcome.set(outcomeText(task.titleProperty().get(), outcome));
        refresh();
    }

    /**
     * How a task ended, said before its title ("Done: load the price sheets"), because a title is written as
     * an instruction and "Load the price sheets finished" does not read as a sentence.
     */
    static String outcomeText(String title, TaskOutcome<?> outcome) {
        String word = switch (outcome) {
            case TaskOutcome.Succeeded<?> succeeded -> "Done";
            case TaskOutcome.Failed<?> failed -> "Failed";
            case TaskOutcome.Cancelled<?> cancelled -> "Cancelled";
        };
        return word + ": " + lowerFirstWord(title);
    }

    /** "Load the sheets" becomes "load the sheets"; "CSV export" and "Q3.pdf" keep their capitals. */
    private static String lowerFirstWord(String title) {
        boolean capitalisedWord = title.length() > 1 && Character.isUpperCase(title.charAt(0))
                && Character.isLowerCase(title.charAt(1));
        return capitalisedWord ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title;
    }

    private void refresh() {
        latest.set(tasks.isEmpty() ? null : tasks.get(tasks.size() - 1));
        busy.set(!tasks.isEmpty());
    }
}
