package dev.ratecard.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A task under way as the status bar sees it. Its properties change on the UI thread only; progress is a
 * fraction from 0 to 1, or -1 while the total is unknown.
 */
public final class ActiveTask {
    public static final double INDETERMINATE = -1;

    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", INDETERMINATE);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling", false);
    private final Runnable canceller;

    ActiveTask(String title, Runnable canceller) {
        this.title = new ReadOnlyStringWrapper(this, "title", title);
        this.canceller = canceller;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True from the moment cancel is asked until the work has actually stopped. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** Asks the task to stop. */
    public void cancel() {
        canceller.run();
    }

    void show(String newMessage, double newProgress) {
        if (newMessage != null) {
            message.set(newMessage);
        }
        progress.set(newProgress);
    }

    void markCancelling() {
        cancelling.set(true);
    }

    /** The fraction for {@code done} of {@code total}, or {@link #INDETERMINATE} when the total is unknown. */
    static double fraction(long done, long total) {
        if (total <= 0) {
            return INDETERMINATE;
        }
        return Math.max(0, Math.min(1, (double) done / total));
    }
}
