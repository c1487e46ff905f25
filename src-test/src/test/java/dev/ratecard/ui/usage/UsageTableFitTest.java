package dev.ratecard.ui.usage;

import dev.ratecard.ui.component.Columns;
import dev.ratecard.ui.screen.OneScreenWindow;
import javafx.geometry.Insets;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored-usage table over the sample at 1280 × 800 (less the main window's 200 px navigation): every column,
 * Recomputed last, within the table's width, each header and figure whole; requests and costs the sources do not
 * state shown as "—" with the reason, never as 0 or an empty cell.
 */
@ExtendWith(ApplicationExtension.class)
class UsageTableFitTest {
    @TempDir
    static Path home;
    private OneScreenWindow window;

    @Start
    void start(Stage stage) {
        window = OneScreenWindow.show(stage, new UsageScreen(), home, true);
        stage.setWidth(1280);
        stage.setHeight(800);
        ((StackPane) stage.getScene().getRoot()).setPadding(new Insets(0, 0, 0, 200));
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void everyColumnUpToRecomputedFitsTheTableWithItsFiguresWhole(FxRobot robot) throws Exception {
        TableView<GroupRow> table = sampleTable(robot);
        List<TableColumn<GroupRow, ?>> shown = table.getVisibleLeafColumns();
        assertEquals("usage-column-recomputed", shown.getLast().getId(), "Recomputed is the last column");
        double inside = table.getWidth() - table.getInsets().getLeft() - table.getInsets().getRight();
        double used = shown.stream().mapToDouble(TableColumn::getWidth).sum();
        assertTrue(used <= inside + 0.5, "the columns take " + used + " px of the table's " + inside);

        for (TableCell<?, ?> cell : robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class)) {
            if (cell.getText() != null && !cell.getText().isEmpty() && cell.getTableColumn() != table.getColumns().getFirst()) {
                Text text = new Text(cell.getText());
                text.setFont(cell.getFont());
                double room = cell.getWidth() - cell.getInsets().getLeft() - cell.getInsets().getRight();
                assertTrue(text.getLayoutBounds().getWidth() <= room + 0.5,
                        "\"" + cell.getText() + "\" in " + cell.getTableColumn().getId() + " fits its " + room + " px");
            }
        }
    }

    @Test
    void requestsAndCostsTheSourcesDoNotStateShowADashWithTheReason(FxRobot robot) throws Exception {
        TableView<GroupRow> table = sampleTable(robot);
        Map<String, TableCell<?, ?>> requests = cells(robot, table, "usage-column-requests");
        Map<String, TableCell<?, ?>> reported = cells(robot, table, "usage-column-reported");

        // Anthropic's usage report counts no requests; the OpenAI export does.
        assertEquals(Columns.MISSING, requests.get("claude-sonnet-4-5-20250929").getText());
        assertNotNull(requests.get("claude-sonnet-4-5-20250929").getTooltip(), "why there is no count");
        assertEquals("65,699", requests.get("openai/gpt-4o-2024-11-20").getText());
        assertNull(requests.get("openai/gpt-4o-2024-11-20").getTooltip());
        // Only the OpenRouter activity export states costs.
        assertEquals(Columns.MISSING, reported.get("deepseek-v4-flash").getText());
        assertNotNull(reported.get("deepseek-v4-flash").getTooltip(), "why there is no cost");
        assertEquals("$415.12", reported.get("openai/gpt-4o-2024-11-20").getText());
    }

    @SuppressWarnings("unchecked")
    private static TableView<GroupRow> sampleTable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#usage-table").tryQuery().map(table -> ((TableView<?>) table).getItems().size() == 4)
                        .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#usage-table").queryAs(TableView.class);
    }

    /** The column's filled cells by their row's key. */
    private static Map<String, TableCell<?, ?>> cells(FxRobot robot, TableView<GroupRow> table, String column) {
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && column.equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getItem() instanceof GroupRow)
                .collect(Collectors.toMap(cell -> ((GroupRow) cell.getTableRow().getItem()).key(), cell -> cell,
                        (first, second) -> first));
    }
}
