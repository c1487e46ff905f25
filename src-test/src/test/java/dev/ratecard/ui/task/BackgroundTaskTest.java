package dev.ratecard.ui.task;

import dev.ratecard.importers.Progress;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundTaskTest {
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final List<String> events = new ArrayList<>();

    private <T> BackgroundTask<T> recorded(BackgroundTask<T> task) {
        return task.onRunning(() -> events.add("running"))
                .onSuccess(value -> events.add("succeeded " + value))
                .onFailure(error -> events.add("failed " + error.getMessage()))
                .onCancelled(() -> events.add("cancelled"))
                .onFinished(() -> events.add("finished"));
    }

    @Test
    void deliversTheResultThenFinished() {
        recorded(BackgroundTask.of("Add", context -> 2 + 3)).executeWith(executor);

        assertEquals(List.of("running", "succeeded 5", "finished"), events);
        assertEquals("Done: add", executor.activity().lastOutcomeProperty().get());
    }

    @Test
    void showsProgressAndMessageInTheActivityWhileRunning() {
        List<String> seen = new ArrayList<>();
        BackgroundTask.of("Import usage.csv", context -> {
            context.updateMessage("Reading line 250");
            context.updateProgress(250, 1000);
            ActiveTask shown = executor.activity().latestProperty().get();
            seen.add(shown.titleProperty().get() + " | " + shown.messageProperty().get() + " | "
                    + shown.progressProperty().get());
            context.updateProgress(5, -1);
            seen.add("unknown total: " + shown.progressProperty().get());
            return null;
        }).executeWith(executor);

        assertEquals(List.of("Import usage.csv | Reading line 250 | 0.25", "unknown total: -1.0"), seen);
        assertFalse(executor.activity().busyProperty().get());
        assertNull(executor.activity().latestProperty().get());
    }

    @Test
    void reportsAFailureToOnFailureOnly() {
        recorded(BackgroundTask.of("Read", context -> {
            throw new IOException("usage.csv: permission denied");
        })).executeWith(executor);

        assertEquals(List.of("running", "failed usage.csv: permission denied", "finished"), events);
        assertEquals("Failed: read", executor.activity().lastOutcomeProperty().get());
    }

    @Test
    void stopsAReaderThroughItsProgressWhenCancelled() {
        List<Long> rowsRead = new ArrayList<>();
        BackgroundTask<Long> task = BackgroundTask.withProgress("Import", progress -> readRows(progress, rowsRead));
        // The user presses Cancel once the reader has reported 3,000 of 10,000 rows.
        executor.activity().tasks().addListener((ListChangeListener<ActiveTask>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(active -> active.progressProperty().addListener((o, was, now) -> {
                    if (now.doubleValue() >= 0.3) {
                        active.cancel();
                    }
                }));
            }
        });

        recorded(task).executeWith(executor);

        assertEquals(List.of("running", "cancelled", "finished"), events);
        assertEquals(List.of(1000L, 2000L, 3000L), rowsRead, "the reader stops at its next check");
        assertEquals("Cancelled: import", executor.activity().lastOutcomeProperty().get());
    }

    private static long readRows(Progress progress, List<Long> rowsRead) {
        for (long row = 1000; row <= 10_000; row += 1000) {
            progress.checkCancelled();
            rowsRead.add(row);
            progress.update(row, 10_000);
        }
        return 10_000;
    }

    @Test
    void neverRunsATaskCancelledBeforeItStarted() {
        List<String> ran = new ArrayList<>();
        BackgroundTask<String> task = recorded(BackgroundTask.of("Export", context -> {
            ran.add("work");
            return "done";
        }));
        task.cancel();

        task.executeWith(executor);

        assertEquals(List.of(), ran);
        assertEquals(List.of("cancelled", "finished"), events);
    }

    @Test
    void countsWorkThatFinishesDespiteACancelAsSucceeded() {
        List<BackgroundTask<?>> self = new ArrayList<>();
        BackgroundTask<String> task = recorded(BackgroundTask.of("Save", context -> {
            self.get(0).cancel();
            return "saved";
        }));
        self.add(task);

        task.executeWith(executor);

        assertEquals(List.of("running", "succeeded saved", "finished"), events, "its effects happened, so it succeeded");
    }

    @Test
    void endsAsCancelledWhenTheWorkChecksAndStops() {
        List<BackgroundTask<?>> self = new ArrayList<>();
        BackgroundTask<String> task = recorded(BackgroundTask.of("Save", context -> {
            self.get(0).cancel();
            context.checkCancelled();
            return "saved";
        }));
        self.add(task);

        task.executeWith(executor);

        assertEquals(List.of("running", "cancelled", "finished"), events);
    }

    @Test
    void countsAnErrorAfterACancelAsCancelled() {
        List<BackgroundTask<?>> self = new ArrayList<>();
        BackgroundTask<String> task = recorded(BackgroundTask.of("Import", context -> {
            self.get(0).cancel();
            throw new IllegalStateException("connection closed by interrupt");
        }));
        self.add(task);

        task.executeWith(executor);

        assertEquals(List.of("running", "cancelled", "finished"), events);
    }

    @Test
    void runsOnce() {
        BackgroundTask<Integer> task = BackgroundTask.of("Count", context -> 1);
        task.executeWith(executor);

        assertEquals("\"Count\" was already executed; a task runs once",
                assertThrows(IllegalStateException.class, () -> task.executeWith(executor)).getMessage());
        assertEquals("callbacks of \"Count\" are set before it is executed",
                assertThrows(IllegalStateException.class, () -> task.onSuccess(value -> { })).getMessage());
    }

    @Test
    void runsOnFinishedEvenWhenAnOutcomeCallbackThrows() {
        BackgroundTask<Integer> task = BackgroundTask.of("Count", context -> 1)
                .onSuccess(value -> {
                    throw new IllegalStateException("bug in a callback");
                })
                .onFinished(() -> events.add("finished"));

        assertThrows(IllegalStateException.class, () -> task.executeWith(executor));
        assertTrue(events.contains("finished"));
    }
}
