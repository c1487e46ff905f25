package dev.ratecard.ui.usage;

import dev.ratecard.importers.Progress;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.ui.screen.OneScreenWindow;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.usage.HandCheckedUsage;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real Usage screen, driven through its buttons: a file imported through the wizard, and a bad file refused. */
@ExtendWith(ApplicationExtension.class)
class UsageScreenTest {
    @TempDir
    static Path home;
    private OneScreenWindow window;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(home, "workspace");
        window = OneScreenWindow.show(stage, new UsageScreen(), folder, false);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aFileImportedThroughTheWizardShowsWhatWasStoredAndThenItsTotals(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#usage-import").tryQuery().map(button -> !button.isDisabled()).orElse(false));
        window.dialogs.answerFilesToOpen(List.of(HandCheckedUsage.write(folder)));

        robot.clickOn("#usage-import");
        waitUntil(() -> robot.lookup("#wizard-import").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(4, robot.lookup("#wizard-records").queryTableView().getItems().size(), "the log's four lines");
        robot.clickOn("#wizard-import");
        waitUntil(() -> figures(robot).containsKey("Rows stored"));

        // Four lines; input 8,000 + 8,000 + 100,000 + 5,000 uncached; reported 0.045 + 0.03 = $0.075.
        Map<String, String> stored = figures(robot);
        assertEquals("4", stored.get("Rows stored"));
        assertEquals("2026-08-03 \u2013 2026-08-04", stored.get("Dates (UTC)"));
        assertEquals("121,000", stored.get("Input tokens"));
        assertEquals("$0.0750", stored.get("Reported cost"));
        assertEquals("Imported hand-checked.jsonl as batch 1.", text(robot, "#wizard-message"));

        robot.clickOn("#wizard-next");
        waitUntil(() -> text(robot, "#usage-total").startsWith("Total: 4 rows"));
        // Recomputed 0.045 + 0.03 + 0.021, acme-internal-llm left out and so marked.
        assertEquals("Total: 4 rows, 138,500 tokens, 4 requests; reported $0.0750, recomputed $0.0960 *",
                text(robot, "#usage-total"));
        TableView<?> table = robot.lookup("#usage-table").queryTableView();
        assertEquals(4, table.getItems().size(), "one line per model");
    }

    @Test
    void aBadFileShowsItsIssuesAndChangesNothing(FxRobot robot) throws Exception {
        waitUntil(() -> window.workspace.stateProperty().get() == WorkspaceModel.State.OPEN);
        window.workspace.workspace().orElseThrow().imports().commit(HandCheckedUsage.write(folder),
                ImportOptions.defaults(), Progress.NONE);
        robot.interact(window.workspace::changed);
        waitUntil(() -> text(robot, "#usage-total").startsWith("Total: 4 rows"));
        String totalBefore = text(robot, "#usage-total");
        window.dialogs.answerFilesToOpen(List.of(UsageFixtures.bad("negative-tokens.csv")));

        robot.clickOn("#usage-import");
        waitUntil(() -> robot.lookup("#wizard-import-valid").tryQuery().map(Node::isVisible).orElse(false));

        // negative-tokens.csv: line 3 has tokens_prompt -5; the file is refused whole, with the issue named.
        assertTrue(text(robot, "#wizard-message").startsWith("1 row of 2 could not be read, so the file was not imported"));
        TableView<IssueRow> issues = robot.lookup("#wizard-issues").queryTableView();
        assertEquals(List.of(new IssueRow("Error", "negative-tokens.csv", "3", "tokens_prompt", "-5", "negative count")),
                List.copyOf(issues.getItems()));
        assertTrue(robot.lookup("#wizard-issues").query().isVisible(), "the issues tab is the one shown");

        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#usage-total").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(totalBefore, text(robot, "#usage-total"));
        assertEquals(1, window.workspace.workspace().orElseThrow().database().batches().list().size());
        assertEquals(4, window.workspace.workspace().orElseThrow().database().usage().summary(UsageFilter.ALL).rows());
        assertEquals("Import batches (1)", robot.lookup("#usage-tabs").queryAs(TabPane.class)
                .getTabs().get(1).getText());
    }

    private static Map<String, String> figures(FxRobot robot) {
        Map<String, String> figures = new LinkedHashMap<>();
        GridPane grid = robot.lookup("#wizard-figures").queryAs(GridPane.class);
        List<Node> cells = List.copyOf(grid.getChildren());
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            figures.put(((Label) cells.get(i)).getText(), ((Label) cells.get(i + 1)).getText());
        }
        return figures;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
