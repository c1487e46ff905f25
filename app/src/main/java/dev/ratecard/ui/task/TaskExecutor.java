package dev.ratecard.ui.task;

/**
 * Runs {@link BackgroundTask}s. Callbacks, progress and messages reach the UI thread, in order: running,
 * progress updates, then the outcome and finished. The app owns one executor and shuts it down on exit; tests
 * use one that runs tasks inline on the calling thread.
 */
public interface TaskExecutor {
    /** Starts {@code task} (a task runs once). Returns at once unless the executor runs tasks inline. */
    void execute(BackgroundTask<?> task);

    /** The tasks under way, for the status bar. Changes on the UI thread only. */
    TaskActivity activity();

    /** Cancels every task and stops accepting new ones. */
    void shutdown();
}
