package dev.ratecard.ui.task;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Work to run off the UI thread, with what to do when it starts and ends. Toolkit-neutral: it knows no
 * threads and no JavaFX, so view models build tasks and tests run them inline.
 *
 * <pre>{@code
 * BackgroundTask.withProgress("Import usage.csv", progress -> importer.read(file, progress))
 *         .onSuccess(this::showPreview)
 *         .onFailure(error -> dialogs.showError(ErrorReport.of("The file could not be imported", error, "…")))
 *         .executeWith(executor);
 * }</pre>
 *
 * Callbacks run on the UI thread (whichever thread the executor calls that), so they may touch view-model
 * properties and open dialogs; the work itself must do neither. Cancelling is a request: work sees it through
 * {@link TaskContext#isCancelled()} (and its thread is interrupted); work that stops with an exception after a
 * cancel ends as {@link TaskOutcome.Cancelled}, work that finishes anyway ends as succeeded, because its effects
 * happened.
 */
public final class BackgroundTask<T> {
    /** The work: runs on a background thread, reports through {@code context}, returns its result. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    /** Work written against the importers' {@link Progress}, as readers are. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T run(Progress progress) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    private final String title;
    private final Work<T> work;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean submitted = new AtomicBoolean();
    private final List<Runnable> cancelListeners = new CopyOnWriteArrayList<>();
    private Runnable onRunning = () -> { };
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private boolean quiet;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
        this.onFailure = error -> LOG.error("{} failed and nobody was told", title, error);
    }

    /** @param title what the status bar shows while it runs, e.g. "Import usage.csv" */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    /** Work that takes the importers' {@link Progress}; its updates and cancel checks go through this task. */
    public static <T> BackgroundTask<T> withProgress(String title, ProgressWork<T> work) {
        Objects.requireNonNull(work, "work");
        return new BackgroundTask<>(title, context -> work.run(context.asProgress()));
    }

    public BackgroundTask<T> onRunning(Runnable callback) {
        requireNotSubmitted();
        this.onRunning = Objects.requireNonNull(callback, "callback");
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        requireNotSubmitted();
        this.onSuccess = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /** Replaces the default, which only logs: a failure somebody should see needs a handler that shows it. */
    public BackgroundTask<T> onFailure(Consumer<? super Throwable> callback) {
        requireNotSubmitted();
        this.onFailure = Objects.requireNonNull(callback, "callback");
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        requireNotSubmitted();
        this.onCancelled = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /**
     * Keeps the task out of the status bar: for a small check the user did not ask for, which would otherwise
     * replace what the bar says about the last real work ("Done: import usage.csv").
     */
    public BackgroundTask<T> quiet() {
        requireNotSubmitted();
        this.quiet = true;
        return this;
    }

    /** Whether the status bar leaves the task out; see {@link #quiet()}. */
    public boolean isQuiet() {
        return quiet;
    }

    /** Runs after the outcome's callback, whatever the outcome. */
    public BackgroundTask<T> onFinished(Runnable callback) {
        requireNotSubmitted();
        this.onFinished = Objects.requireNonNull(callback, "callback");
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    public String title() {
        return title;
    }

    /** Asks the work to stop; safe from any thread and more than once. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            cancelListeners.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    // What executors call. Package-private so that a task's life is driven by an executor only.

    void markSubmitted() {
        if (!submitted.compareAndSet(false, true)) {
            throw new IllegalStateException("\"" + title + "\" was already executed; a task runs once");
        }
    }

    /** {@code listener} runs on the cancelling thread; at once if the task is cancelled already. */
    void whenCancelRequested(Runnable listener) {
        cancelListeners.add(listener);
        if (isCancelled() && cancelListeners.remove(listener)) {
            listener.run();
        }
    }

    /** Runs the work on the calling thread and says how it ended; never throws. */
    TaskOutcome<T> run(TaskContext context) {
        if (isCancelled()) {
            return new TaskOutcome.Cancelled<>();
        }
        try {
            return new TaskOutcome.Succeeded<>(work.run(context));
        } catch (CancellationException | ImportCancelledException stopped) {
            return new TaskOutcome.Cancelled<>();
        } catch (Throwable error) {
            // Errors too (out of memory on a huge file): the user must hear of them, not lose them in a pool thread.
            if (isCancelled()) {
                LOG.debug("{} stopped after a cancel", title, error);
                return new TaskOutcome.Cancelled<>();
            }
            return new TaskOutcome.Failed<>(error);
        }
    }

    void deliverRunning() {
        onRunning.run();
    }

    void deliver(TaskOutcome<T> outcome) {
        try {
            switch (outcome) {
                case TaskOutcome.Succeeded<T> succeeded -> onSuccess.accept(succeeded.value());
                case TaskOutcome.Failed<T> failed -> onFailure.accept(failed.error());
                case TaskOutcome.Cancelled<T> cancelledOutcome -> onCancelled.run();
            }
        } finally {
            onFinished.run();
        }
    }

    private void requireNotSubmitted() {
        if (submitted.get()) {
            throw new IllegalStateException("callbacks of \"" + title + "\" are set before it is executed");
        }
    }
}
