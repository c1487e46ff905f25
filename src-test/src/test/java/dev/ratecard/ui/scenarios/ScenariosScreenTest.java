package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.Curves;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.ui.DesktopApp;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.ui.settings.SettingsScreen;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import dev.ratecard.workspace.settings.LoadedSettings;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Scenarios screen in the real window, recomputing in the background as the app does: an edit redraws the
 * break-even and the chart with the engine's figures, a saved scenario reopens with the same values, and undo
 * brings the old value and chart back.
 */
@ExtendWith(ApplicationExtension.class)
class ScenariosScreenTest {
    private static final String SELF = "qwen-2xh100";
    private static final String SELF_NAME = "Qwen 2.5 72B on 2×H100 (RunPod)";
    private static final String GPU_PRICE = "#" + FieldRows.id(SELF, ".gpu.usd_per_gpu_hour");

    @TempDir
    static Path home;

    @Start
    void start(Stage stage) {
        Path folder = home.resolve(UUID.randomUUID().toString());
        JsonSettingsRepository repository = JsonSettingsRepository.in(folder.resolve("config"), folder.resolve("data"));
        Settings settings = Settings.defaults(folder.resolve("data")).withTheme(ThemePreference.LIGHT);
        ScreenRegistry screens = new ScreenRegistry(List.of(new ScenariosScreen(TestWorkspaces.source()), new SettingsScreen()));
        new DesktopApp(repository, screens).start(stage, new LoadedSettings(settings, List.of()), false);
    }

    /** The engine's own result for the headline file with the GPU rented at {@code usdPerGpuHour}, from the file's text. */
    private static ScenarioResult engine(String usdPerGpuHour) throws ScenarioFileException {
        String text = TestWorkspaces.exampleText(ScenarioTemplates.HEADLINE);
        if (usdPerGpuHour != null) {
            text = text.replace("\"offer\": \"runpod-community-cloud-h100-sxm\"",
                    "\"offer\": \"runpod-community-cloud-h100-sxm\", \"usd_per_gpu_hour\": \"" + usdPerGpuHour + "\"");
        }
        return TestWorkspaces.service().run(text, "headline");
    }

    private static String breakEvenText(ScenarioResult result) {
        return BreakEvenWords.volume(((BreakEven.Sustained) result.breakEven(SELF, "together")).sustained());
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The self-hosted line's plotted costs at the engine's grid volumes (the points added at replica steps left out). */
    private static List<Double> plotted(FxRobot robot, double[] grid) {
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#scenario-cost-chart").queryAs(LineChart.class);
        XYChart.Series<Number, Number> series = chart.getData().stream().filter(s -> s.getName().equals(SELF_NAME))
                .findFirst().orElseThrow();
        List<Double> ys = new ArrayList<>();
        int next = 0;
        for (XYChart.Data<Number, Number> point : series.getData()) {
            if (next < grid.length && point.getXValue().doubleValue() == grid[next]) {
                ys.add(point.getYValue().doubleValue());
                next++;
            }
        }
        return ys;
    }

    private static List<Double> curve(ScenarioResult result) {
        Curves.Curve curve = result.curves().curves().stream().filter(c -> c.option().equals(SELF)).findFirst().orElseThrow();
        return Arrays.stream(curve.usdPerMonth()).boxed().toList();
    }

    private void openTheHeadlineExample(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#empty-action").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#empty-action");
        ScenarioResult headline = engine(null);
        waitUntil(() -> breakEvenText(headline).equals(text(robot, "#scenario-break-even")));
    }

    private void typeGpuPrice(FxRobot robot, String price) throws Exception {
        scrollToField(robot, GPU_PRICE);
        robot.clickOn(GPU_PRICE).write(price).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the form so that the field is in the window, as a user would before clicking it. */
    private static void scrollToField(FxRobot robot, String query) {
        ScrollPane form = robot.lookup("#scenario-form").queryAs(ScrollPane.class);
        Node field = robot.lookup(query).query();
        robot.interact(() -> {
            Bounds at = form.getContent().sceneToLocal(field.localToScene(field.getBoundsInLocal()));
            double scrollable = form.getContent().getBoundsInLocal().getHeight() - form.getViewportBounds().getHeight();
            form.setVvalue(Math.min(1, Math.max(0, (at.getMinY() - 40) / scrollable)));
        });
    }

    @Test
    void aNewGpuPriceRedrawsTheBreakEvenAndTheChartWithTheEnginesFigures(FxRobot robot) throws Exception {
        openTheHeadlineExample(robot);
        ScenarioResult before = engine(null);
        assertEquals("24.2B tokens/month", text(robot, "#scenario-break-even"));
        assertEquals(curve(before), plotted(robot, before.curves().volumes()));

        typeGpuPrice(robot, "1.99");

        ScenarioResult after = engine("1.99");
        waitUntil(() -> breakEvenText(after).equals(text(robot, "#scenario-break-even")));
        waitUntil(() -> curve(after).equals(plotted(robot, after.curves().volumes())));
        assertNotEquals(breakEvenText(before), breakEvenText(after));
        // 2 × $1.99 × 730 h = $2,905.40 of GPUs + $5,208.33 engineer + $300 other = $8,413.73 at 1M tokens too.
        assertEquals(8413.73, plotted(robot, after.curves().volumes()).getFirst(), 0.005);
    }

    @Test
    void aSavedScenarioReopensWithTheSameValues(FxRobot robot) throws Exception {
        openTheHeadlineExample(robot);
        typeGpuPrice(robot, "1.99");
        String expected = breakEvenText(engine("1.99"));
        waitUntil(() -> expected.equals(text(robot, "#scenario-break-even")));
        assertTrue(robot.lookup("#scenario-unsaved").query().isVisible());

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !robot.lookup("#scenario-unsaved").query().isVisible());
        robot.clickOn("#scenario-back");
        waitUntil(() -> robot.lookup(".table-row-cell").tryQuery().isPresent());
        robot.doubleClickOn(".table-row-cell");

        waitUntil(() -> expected.equals(text(robot, "#scenario-break-even")));
        assertEquals("1.99", robot.lookup(GPU_PRICE).queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#scenario-unsaved").query().isVisible());
    }

    @Test
    void undoBringsTheOldValueAndTheOldChartBack(FxRobot robot) throws Exception {
        openTheHeadlineExample(robot);
        ScenarioResult headline = engine(null);
        typeGpuPrice(robot, "1.99");
        waitUntil(() -> breakEvenText(engine19()).equals(text(robot, "#scenario-break-even")));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> breakEvenText(headline).equals(text(robot, "#scenario-break-even")));
        assertEquals("", robot.lookup(GPU_PRICE).queryAs(TextField.class).getText());
        waitUntil(() -> curve(headline).equals(plotted(robot, headline.curves().volumes())));
    }

    private static ScenarioResult engine19() {
        try {
            return engine("1.99");
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
