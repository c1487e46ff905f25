package dev.ratecard.ui.task;

import javafx.application.Platform;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The desktop app's executor: a small pool of background threads, with every callback, progress update and
 * activity change handed to the UI thread. This is the one place where work crosses to the FX thread
 * ({@link #onFxThread}); view models never call {@code Platform.runLater}.
 *
 * <p>Progress is coalesced: a reader may report every row, but the UI thread gets at most one update per
 * turn of its queue. Cancel works both ways: {@link BackgroundTask#cancel()} interrupts the worker thread,
 * and {@link #shutdown()} cancels every task.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    private final Executor uiThread;
    private final TaskActivity activity = new TaskActivity();
    private final Set<BackgroundTask<?>> unfinished = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean shutDown = new AtomicBoolean();

    /**
     * @param threads how many tasks run at once
     * @param uiThread where callbacks run; {@link #onFxThread} passes the FX thread
     */
    public FxTaskExecutor(int threads, Executor uiThread) {
        if (threads < 1) {
            throw new IllegalArgumentException("an executor needs at least one thread; got " + threads);
        }
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "ratecard-task-" + count.incrementAndGet());
            // Daemon, so that a task ignoring its cancel cannot keep the closed app alive.
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Callbacks on the JavaFX application thread. */
    public static FxTaskExecutor onFxThread(int threads) {
        return new FxTaskExecutor(threads, Platform::runLater);
    }

    @Override
    public void execute(BackgroundTask<?> task) {
        start(task);
    }

    private <T> void start(BackgroundTask<T> task) {
        if (shutDown.get()) {
            throw new IllegalStateException("\"" + task.title() + "\" cannot start: the app is closing");
        }
        task.markSubmitted();
        unfinished.add(task);
        ActiveTask active = new ActiveTask(task.title(), task::cancel);
        Run<T> run = new Run<>(task, active);
        task.whenCancelRequested(run::cancelRequested);
        if (!task.isQuiet()) {
            uiThread.execute(() -> activity.started(active));
        }
        pool.execute(run);
    }

    @Override
    public TaskActivity activity() {
        return activity;
    }

    @Override
    public void shutdown() {
        shutDown.set(true);
        unfinished.forEach(BackgroundTask::cancel);
        pool.shutdown();
    }

    /** After {@link #shutdown()}: waits up to {@code timeout} for the work to stop; true if it has. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One task on its way through the pool; also the context its work reports to. */
    private final class Run<T> implements Runnable, TaskContext {
        private final BackgroundTask<T> task;
        private final ActiveTask active;
        private final Object workerLock = new Object();
        private Thread worker;
        private volatile String message;
        private volatile double progress = ActiveTask.INDETERMINATE;
        private final AtomicBoolean updatePending = new AtomicBoolean();

        Run(BackgroundTask<T> task, ActiveTask active) {
            this.task = task;
            this.active = active;
        }

        @Override
        public void run() {
            synchronized (workerLock) {
                worker = Thread.currentThread();
            }
            TaskOutcome<T> outcome;
            try {
                if (!task.isCancelled()) {
                    uiThread.execute(task::deliverRunning);
                }
                outcome = task.run(this);
            } finally {
                synchronized (workerLock) {
                    worker = null;
                    // A cancel that arrived as the work ended must not interrupt the pool's next task.
                    Thread.interrupted();
                }
            }
            TaskOutcome<T> ended = outcome;
            uiThread.execute(() -> {
                showLatest();
                if (!task.isQuiet()) {
                    activity.ended(active, ended);
                }
                unfinished.remove(task);
                task.deliver(ended);
            });
        }

        void cancelRequested() {
            // Marked before the interrupt: the interrupted work queues its end on the UI thread, which must come after.
            uiThread.execute(active::markCancelling);
            synchronized (workerLock) {
                if (worker != null) {
                    worker.interrupt();
                }
            }
        }

        @Override
        public void updateProgress(long done, long total) {
            progress = ActiveTask.fraction(done, total);
            scheduleUpdate();
        }

        @Override
        public void updateMessage(String newMessage) {
            message = Objects.requireNonNull(newMessage, "message");
            scheduleUpdate();
        }

        @Override
        public boolean isCancelled() {
            return task.isCancelled();
        }

        private void scheduleUpdate() {
            if (updatePending.compareAndSet(false, true)) {
                uiThread.execute(this::showLatest);
            }
        }

        private void showLatest() {
            updatePending.set(false);
            active.show(message, progress);
        }
    }
}
