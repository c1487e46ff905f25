package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.scenarios.ScenarioDocument;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Recomputes the open scenario after every edit, off the UI thread, latest edit wins: while one computation runs,
 * only the newest edit waits for it, and the ones typed in between are never computed. Every finished computation
 * is delivered, so the charts follow a slider drag; the one of the latest edit comes last. After {@link #stop()}
 * (the scenario was closed) nothing more is delivered.
 */
final class LiveEvaluation {
    private final TaskExecutor tasks;
    private final ScenarioComputation computation;
    private final Consumer<ScenarioComputation.Computed> onResult;
    private final Consumer<Throwable> onProblem;
    private boolean running;
    private ScenarioDocument waiting;
    private long generation;

    LiveEvaluation(TaskExecutor tasks, ScenarioComputation computation, Consumer<ScenarioComputation.Computed> onResult,
                   Consumer<Throwable> onProblem) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.computation = Objects.requireNonNull(computation, "computation");
        this.onResult = Objects.requireNonNull(onResult, "onResult");
        this.onProblem = Objects.requireNonNull(onProblem, "onProblem");
    }

    /** Computes {@code document} as soon as the computation under way, if any, has finished. */
    void request(ScenarioDocument document) {
        Objects.requireNonNull(document, "document");
        if (running) {
            waiting = document;
            return;
        }
        start(document);
    }

    /** Drops what waits and what runs: their results are not delivered. */
    void stop() {
        generation++;
        waiting = null;
    }

    private void start(ScenarioDocument document) {
        running = true;
        long started = generation;
        String file = document.name() == null ? "scenario" : document.name();
        BackgroundTask.of("Recompute the scenario", context -> computation.compute(document, file))
                .onSuccess(computed -> {
                    if (started == generation) {
                        onResult.accept(computed);
                    }
                })
                .onFailure(error -> {
                    if (started == generation) {
                        onProblem.accept(error);
                    }
                })
                .onFinished(this::finished)
                .executeWith(tasks);
    }

    private void finished() {
        running = false;
        ScenarioDocument next = waiting;
        waiting = null;
        if (next != null) {
            start(next);
        }
    }
}
