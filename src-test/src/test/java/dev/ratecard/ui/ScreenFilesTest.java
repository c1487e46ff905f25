package dev.ratecard.ui;

import dev.ratecard.ui.screen.FileOpenHandler;
import dev.ratecard.ui.screen.RecordingNavigator;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.ui.screen.TestScreen;
import dev.ratecard.ui.usage.UsageScreen;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files opened, dropped or picked from the recent list go to the screen that takes them, which is then shown. */
class ScreenFilesTest {
    private final RecordingNavigator navigator = new RecordingNavigator(UsageScreen.ID, "settings");

    @Test
    void usageExportsGoToTheUsageScreenAndShowIt() {
        FileOpenHandler files = ScreenFiles.of(new ScreenRegistry(List.of(TestScreen.of("settings", "Settings", 6),
                new UsageScreen())), navigator).orElseThrow();
        List<Path> exports = List.of(Path.of("activity.csv"), Path.of("requests.jsonl"));

        assertTrue(files.accepts(exports));
        files.open(exports);

        assertEquals(List.of(UsageScreen.ID), navigator.shown);
    }

    @Test
    void aScenarioFileIsNotTakenAsUsage() {
        FileOpenHandler files = ScreenFiles.of(new ScreenRegistry(List.of(new UsageScreen())), navigator).orElseThrow();

        assertFalse(files.accepts(List.of(Path.of("headline.ratecard"))));
        assertFalse(files.accepts(List.of(Path.of("usage.csv"), Path.of("headline.ratecard"))), "all or none");
    }

    @Test
    void aWindowWhoseScreensTakeNoFilesKeepsOpeningOff() {
        assertTrue(ScreenFiles.of(new ScreenRegistry(List.of(TestScreen.of("settings", "Settings", 6))), navigator).isEmpty());
    }
}
