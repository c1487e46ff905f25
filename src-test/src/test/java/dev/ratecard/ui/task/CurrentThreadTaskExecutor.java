package dev.ratecard.ui.task;

/**
 * Runs each task at once on the calling thread, callbacks included, so that view-model tests are deterministic
 * and need no toolkit. The status bar's {@link TaskActivity} is updated as the FX executor would, so a test
 * can look at it from inside the work.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final TaskActivity activity = new TaskActivity();
    private boolean shutDown;

    @Override
    public void execute(BackgroundTask<?> task) {
        run(task);
    }

    private <T> void run(BackgroundTask<T> task) {
        if (shutDown) {
            throw new IllegalStateException("\"" + task.title() + "\" cannot start: the executor has shut down");
        }
        task.markSubmitted();
        ActiveTask active = new ActiveTask(task.title(), task::cancel);
        task.whenCancelRequested(active::markCancelling);
        if (!task.isQuiet()) {
            activity.started(active);
        }
        if (!task.isCancelled()) {
            task.deliverRunning();
        }
        TaskOutcome<T> outcome = task.run(new TaskContext() {
            @Override
            public void updateProgress(long done, long total) {
                active.show(null, ActiveTask.fraction(done, total));
            }

            @Override
            public void updateMessage(String message) {
                active.show(message, active.progressProperty().get());
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        });
        if (!task.isQuiet()) {
            activity.ended(active, outcome);
        }
        task.deliver(outcome);
    }

    @Override
    public TaskActivity activity() {
        return activity;
    }

    @Override
    public void shutdown() {
        shutDown = true;
    }
}
