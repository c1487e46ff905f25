package dev.ratecard.ui.task;

import dev.ratecard.importers.Progress;

import java.util.concurrent.CancellationException;

/** What running work sees of its task: where to report progress, and whether to stop. Safe from any thread. */
public interface TaskContext {
    /** {@code done} of {@code total} units; a {@code total} of zero or less means "unknown" (an indeterminate bar). */
    void updateProgress(long done, long total);

    /** A short line for the status bar, e.g. "Reading usage.csv (line 120,000)". */
    void updateMessage(String message);

    boolean isCancelled();

    /** Throws {@link CancellationException} if the task was cancelled; the one-line check for loops. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    /**
     * This context as the importers' {@link Progress}, so that a reader reports into the status bar and stops
     * when the user presses Cancel (it throws {@code ImportCancelledException}, which ends the task as cancelled).
     */
    default Progress asProgress() {
        TaskContext context = this;
        return new Progress() {
            @Override
            public void update(long done, long total) {
                context.updateProgress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return context.isCancelled();
            }
        };
    }
}
