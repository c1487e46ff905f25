package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.CurrentThreadTaskExecutor;
import dev.ratecard.ui.task.TaskActivity;
import dev.ratecard.ui.task.TaskExecutor;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds tasks until the test runs them, one at a time and inline: so that a test can see what is queued while
 * a computation "runs", as the app's pool would have it.
 */
final class DeferredTaskExecutor implements TaskExecutor {
    private final CurrentThreadTaskExecutor inline = new CurrentThreadTaskExecutor();
    private final Deque<BackgroundTask<?>> waiting = new ArrayDeque<>();

    @Override
    public void execute(BackgroundTask<?> task) {
        waiting.add(task);
    }

    /** Runs the oldest waiting task to its end, callbacks included; false if none was waiting. */
    boolean runNext() {
        BackgroundTask<?> task = waiting.poll();
        if (task == null) {
            return false;
        }
        inline.execute(task);
        return true;
    }

    int waiting() {
        return waiting.size();
    }

    @Override
    public TaskActivity activity() {
        return inline.activity();
    }

    @Override
    public void shutdown() {
        inline.shutdown();
    }
}
