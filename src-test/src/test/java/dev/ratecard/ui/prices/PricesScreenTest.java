package dev.ratecard.ui.prices;

import dev.ratecard.ui.AppScreens;
import dev.ratecard.ui.DesktopApp;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import dev.ratecard.workspace.settings.LoadedSettings;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import dev.ratecard.workspace.settings.WindowBounds;
import dev.ratecard.workspace.settings.WindowState;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real Prices screen in the real window, over the bundled catalogue and an empty data folder. */
@ExtendWith(ApplicationExtension.class)
class PricesScreenTest {
    @TempDir
    static Path home;

    @Start
    void start(Stage stage) {
        JsonSettingsRepository repository = JsonSettingsRepository.in(home.resolve("config"), home.resolve("data"));
        Settings settings = Settings.defaults(home.resolve("data")).withTheme(ThemePreference.LIGHT).withWindow(
                new WindowState(Optional.of(new WindowBounds(0, 0, 1280, 800)), false, Optional.of(PricesScreen.ID)));
        new DesktopApp(repository, AppScreens.standard()).start(stage, new LoadedSettings(settings, List.of()), false);
    }

    @Test
    void searchingShowsExactlyTheMatchingPricesAndSelectingOneComparesItsRoutesCheapestFirst(FxRobot robot)
            throws Exception {
        waitForText(robot, "#prices-count", "3,450 prices in 12 sheets");

        robot.clickOn("#prices-search").write("sonnet-4-5");

        // Claude Sonnet 4.5 in the bundled sheets: Anthropic's own sheet once, 24 keys of the LiteLLM snapshot (the
        // direct name, its dated alias, Bedrock, Vertex, Azure, Snowflake, Databricks … hosts) and OpenRouter's
        // anthropic/claude-sonnet-4.5, whose dotted version the search reads as 4-5.
        TableView<CatalogueRow> table = robot.lookup("#prices-table").queryTableView();
        assertEquals(26, table.getItems().size());
        assertEquals("26 of 3,450 prices in 12 sheets match", robot.lookup("#prices-count").queryAs(Label.class).getText());
        waitForRows(robot, 1);
        // sheets/anthropic.json: $3 input, $0.30 cache read, $3.75 cache write, $15 output per 1M tokens, reasoning at
        // the output rate (no rate of its own), a tier above 200,000 prompt tokens, batch at half price.
        assertEquals(List.of("anthropic", "claude-sonnet-4-5", "direct", "$3.00", "$0.30", "$3.75", "$15.00", "as output", "> 200K",
                "−50%", "Anthropic (direct)", "2026-07-24"), cellTexts(robot, 0));

        robot.clickOn(robot.lookup("#prices-table .table-row-cell").nth(0).queryAs(TableRow.class));

        TableView<RouteRow> routes = robot.lookup("#prices-routes").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !routes.getItems().isEmpty());
        // 75M tokens × $3/M + 25M × $15/M = $600 direct; OpenRouter by card adds one 5.5 % top-up: $633.
        RouteRow cheapest = routes.getItems().get(0);
        assertEquals("anthropic (direct)", cheapest.route());
        assertEquals(0, new BigDecimal("600").compareTo(cheapest.monthly().amount()));
        RouteRow card = routes.getItems().stream().filter(row -> row.route().equals("OpenRouter, credits bought by card"))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("633").compareTo(card.monthly().amount()));
        List<BigDecimal> monthly = routes.getItems().stream().filter(RouteRow::isComparable)
                .map(row -> row.monthly().amount()).toList();
        assertEquals(monthly.stream().sorted().toList(), monthly, "cheapest first");
        assertEquals("$600.00", cellText(robot.lookup("#prices-routes .table-row-cell").nth(0).query(), 2));
    }

    @Test
    void saysWhenNothingMatchesAndClearsTheSearchOnRequest(FxRobot robot) throws Exception {
        waitForText(robot, "#prices-count", "3,450 prices in 12 sheets");

        robot.clickOn("#prices-search").write("no-such-model");

        assertEquals("No price matches \"no-such-model\"", robot.lookup("#empty-title").queryAs(Label.class).getText());
        robot.clickOn("#empty-action");
        assertEquals("", robot.lookup("#prices-search").queryAs(TextField.class).getText());
        assertEquals(3_450, robot.lookup("#prices-table").queryTableView().getItems().size());
    }

    @Test
    void controlFGoesToTheSearchField(FxRobot robot) throws Exception {
        waitForText(robot, "#prices-count", "3,450 prices in 12 sheets");
        waitForRows(robot, 2);
        robot.clickOn(robot.lookup("#prices-table .table-row-cell").nth(1).queryAs(TableRow.class));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        assertTrue(robot.lookup("#prices-search").query().isFocused());
    }

    /** The table lays its rows out a pulse after the count shows its items: wait for {@code count} of them. */
    private static void waitForRows(FxRobot robot, int count) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#prices-table .table-row-cell").queryAll().size() >= count);
    }

    private static void waitForText(FxRobot robot, String id, String text) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup(id).tryQueryAs(Label.class).map(label -> text.equals(label.getText())).orElse(false));
    }

    private static List<String> cellTexts(FxRobot robot, int row) {
        Node cells = robot.lookup("#prices-table .table-row-cell").nth(row).query();
        return cells.lookupAll(".table-cell").stream().map(cell -> ((Labeled) cell).getText()).toList();
    }

    private static String cellText(Node row, int column) {
        return ((Labeled) row.lookupAll(".table-cell").toArray()[column]).getText();
    }
}
