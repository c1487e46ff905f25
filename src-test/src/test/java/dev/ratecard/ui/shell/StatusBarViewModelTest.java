package dev.ratecard.ui.shell;

import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusBarViewModelTest {
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final StatusBarViewModel status = new StatusBarViewModel(executor.activity());
    private final List<String> seen = new ArrayList<>();

    private void look() {
        seen.add(status.textProperty().get() + " | " + status.progressProperty().get() + " | busy "
                + status.busyProperty().get() + " | cancel " + status.canCancelProperty().get());
    }

    @Test
    void showsTheRunningTaskThenHowItEnded() {
        BackgroundTask.of("Import usage.csv", context -> {
            look();
            context.updateMessage("line 500");
            context.updateProgress(500, 2000);
            look();
            return null;
        }).executeWith(executor);
        look();

        assertEquals(List.of(
                "Import usage.csv | -1.0 | busy true | cancel true",
                "Import usage.csv: line 500 | 0.25 | busy true | cancel true",
                "Done: import usage.csv | 0.0 | busy false | cancel false"), seen);
    }

    @Test
    void cancelStopsTheTaskItShows() {
        List<Long> rows = new ArrayList<>();
        BackgroundTask.withProgress("Import usage.csv", progress -> {
            for (long row = 1; row <= 10; row++) {
                progress.checkCancelled();
                rows.add(row);
                progress.update(row, 10);
                if (row == 4) {
                    status.cancel();
                    look();
                }
            }
            return null;
        }).executeWith(executor);
        look();

        assertEquals(List.of(1L, 2L, 3L, 4L), rows);
        assertEquals(List.of(
                "Import usage.csv (cancelling…) | 0.4 | busy true | cancel false",
                "Cancelled: import usage.csv | 0.0 | busy false | cancel false"), seen);
    }

    @Test
    void countsTheOtherTasksUnderWay() {
        List<String> others = new ArrayList<>();
        BackgroundTask.of("Import usage.csv", outer -> {
            BackgroundTask.of("Export report", inner -> {
                others.add(status.textProperty().get() + " " + status.otherTasksProperty().get());
                return null;
            }).executeWith(executor);
            others.add(status.textProperty().get() + " " + status.otherTasksProperty().get());
            return null;
        }).executeWith(executor);

        assertEquals(List.of("Export report +1 more", "Import usage.csv "), others);
    }

    @Test
    void showsANoticeWhileIdle() {
        status.show("Settings saved");

        assertEquals("Settings saved", status.textProperty().get());
    }
}
