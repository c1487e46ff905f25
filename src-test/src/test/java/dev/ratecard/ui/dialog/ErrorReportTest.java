package dev.ratecard.ui.dialog;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorReportTest {

    @Test
    void appendsTheCausesMessageWhichNamesFileLineAndValue() {
        ErrorReport report = ErrorReport.of("usage.csv could not be imported",
                new IOException("usage.csv, line 14, column prompt_tokens: \"12x\" is not a whole number"),
                "Fix the value in the file and import it again.");

        assertEquals("usage.csv could not be imported: usage.csv, line 14, column prompt_tokens: \"12x\" is not a whole number",
                report.whatHappened());
        assertEquals("Fix the value in the file and import it again.", report.whatToDo());
        assertTrue(report.details().orElseThrow().startsWith("java.io.IOException: usage.csv, line 14"));
    }

    @Test
    void keepsWhatHappenedAsItIsWhenTheCauseSaysNothing() {
        ErrorReport report = ErrorReport.of("The export failed", new NullPointerException(), "Try again.");

        assertEquals("The export failed", report.whatHappened());
    }
}
