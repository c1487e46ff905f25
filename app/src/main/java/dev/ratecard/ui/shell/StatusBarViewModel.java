package dev.ratecard.ui.shell;

import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.task.ActiveTask;
import dev.ratecard.ui.task.TaskActivity;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;

/**
 * The status bar: while a task runs, its title, message and progress and a Cancel that stops it; otherwise the
 * latest notice (a finished task's outcome, or what a screen reported).
 */
public final class StatusBarViewModel extends ViewModel implements StatusNotices {
    private final TaskActivity activity;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper otherTasks = new ReadOnlyStringWrapper(this, "otherTasks", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel", false);
    private final InvalidationListener refresh = observable -> refresh();
    private String notice = "";
    private ActiveTask shown;

    public StatusBarViewModel(TaskActivity activity) {
        this.activity = Objects.requireNonNull(activity, "activity");
        activity.latestProperty().addListener((observable, was, now) -> showTask(now));
        activity.lastOutcomeProperty().addListener((observable, was, now) -> show(now));
        activity.tasks().addListener(refresh);
        showTask(activity.latestProperty().get());
    }

    @Override
    public void show(String newNotice) {
        notice = Objects.requireNonNull(newNotice, "notice");
        refresh();
    }

    /** Cancels the task the status bar shows. */
    public void cancel() {
        if (shown != null) {
            shown.cancel();
        }
    }

    /** The task's title and message, or the latest notice. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** "+2 more" while other tasks run too. */
    public ReadOnlyStringProperty otherTasksProperty() {
        return otherTasks.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the task cannot say how far it is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }

    private void showTask(ActiveTask task) {
        if (shown != null) {
            shown.messageProperty().removeListener(refresh);
            shown.progressProperty().removeListener(refresh);
            shown.cancellingProperty().removeListener(refresh);
        }
        shown = task;
        if (shown != null) {
            shown.messageProperty().addListener(refresh);
            shown.progressProperty().addListener(refresh);
            shown.cancellingProperty().addListener(refresh);
        }
        refresh();
    }

    private void refresh() {
        busy.set(shown != null);
        if (shown == null) {
            text.set(notice);
            progress.set(0);
            canCancel.set(false);
            otherTasks.set("");
            return;
        }
        String message = shown.messageProperty().get();
        boolean cancelling = shown.cancellingProperty().get();
        text.set(shown.titleProperty().get() + (message.isEmpty() ? "" : ": " + message)
                + (cancelling ? " (cancelling…)" : ""));
        progress.set(shown.progressProperty().get());
        canCancel.set(!cancelling);
        int others = activity.tasks().size() - 1;
        otherTasks.set(others > 0 ? "+" + others + " more" : "");
    }
}
