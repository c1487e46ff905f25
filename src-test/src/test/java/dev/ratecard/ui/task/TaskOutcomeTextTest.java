package dev.ratecard.ui.task;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The status bar's line for an ended task reads as a sentence whatever the task's title. */
class TaskOutcomeTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Load the price sheets         | Done: load the price sheets
            Compare the routes for gpt-4o | Done: compare the routes for gpt-4o
            Opening the workspace         | Done: opening the workspace
            CSV export                    | Done: CSV export
            Q3.pdf                        | Done: Q3.pdf
            """)
    void saysDoneBeforeTheTitleInsteadOfFinishedAfterIt(String title, String shown) {
        assertEquals(shown, TaskActivity.outcomeText(title, new TaskOutcome.Succeeded<>(null)));
    }

    @Test
    void saysFailedOrCancelledBeforeTheTitle() {
        assertEquals("Failed: export report.pdf",
                TaskActivity.outcomeText("Export report.pdf", new TaskOutcome.Failed<>(new IllegalStateException("disk full"))));
        assertEquals("Cancelled: import usage.csv", TaskActivity.outcomeText("Import usage.csv", new TaskOutcome.Cancelled<>()));
    }
}
