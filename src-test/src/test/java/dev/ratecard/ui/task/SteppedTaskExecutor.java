package dev.ratecard.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds each task until the test runs it, oldest first, callbacks included, on the test's thread: for view models
 * whose behaviour depends on what happens while a task is still under way.
 */
public final class SteppedTaskExecutor implements TaskExecutor {
    private final TaskActivity activity = new TaskActivity();
    private final Deque<BackgroundTask<?>> waiting = new ArrayDeque<>();

    @Override
    public void execute(BackgroundTask<?> task) {
        task.markSubmitted();
        waiting.add(task);
    }

    /** How many tasks wait to run. */
    public int waiting() {
        return waiting.size();
    }

    /** Runs the oldest waiting task to its end; fails if none waits. */
    public void runNext() {
        BackgroundTask<?> task = waiting.poll();
        if (task == null) {
            throw new IllegalStateException("no task is waiting");
        }
        run(task);
    }

    private static <T> void run(BackgroundTask<T> task) {
        task.deliverRunning();
        task.deliver(task.run(new TaskContext() {
            @Override
            public void updateProgress(long done, long total) {
            }

            @Override
            public void updateMessage(String message) {
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        }));
    }

    @Override
    public TaskActivity activity() {
        return activity;
    }

    @Override
    public void shutdown() {
        waiting.forEach(BackgroundTask::cancel);
    }
}
