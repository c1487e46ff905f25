package dev.ratecard.ui.overview;

import dev.ratecard.ui.screen.OneScreenWindow;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real Overview on a first start: the sample arrives after the window shows, and one button removes it. */
@ExtendWith(ApplicationExtension.class)
class OverviewScreenTest {
    @TempDir
    static Path home;
    private OneScreenWindow window;

    @Start
    void start(Stage stage) {
        window = OneScreenWindow.show(stage, new OverviewScreen(), home, true);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theSampleFillsTheOverviewAfterTheWindowShowsAndRemovingItEmptiesTheWorkspace(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#overview-remove-sample").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#overview-by-month-card").tryQuery().isPresent(), "spend by month");
        assertTrue(robot.lookup("#overview-finding-0").queryAs(Label.class).getText().startsWith("Moving "),
                "the headline scenario's finding");
        window.dialogs.answerConfirm(true);
        // The sample's install ends in reloads of every screen; on a loaded machine they can still be running here,
        // and a click while the banner is laid out again can miss it.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !window.tasks.activity().busyProperty().get()).get());

        robot.clickOn("#overview-remove-sample");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#overview-open-sample").tryQuery().map(Node::isVisible).orElse(false));

        assertEquals(List.of("Remove the sample data from the workspace?"),
                window.dialogs.asked().stream().map(asked -> asked.question()).toList());
        assertEquals(List.of(), window.workspace.workspace().orElseThrow().database().batches().list());
        assertEquals(List.of(), window.workspace.workspace().orElseThrow().database().scenarios().list());
        assertTrue(window.notices.contains("Removed the sample data: 9 imports and its scenario"), String.valueOf(window.notices));
    }
}
