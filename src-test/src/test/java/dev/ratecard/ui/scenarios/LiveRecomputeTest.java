package dev.ratecard.ui.scenarios;

import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.Curves;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.ui.task.CurrentThreadTaskExecutor;
import dev.ratecard.ui.undo.UndoStack;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every edit recomputes the scenario, and what the screen would draw is the engine's result for the edited file. */
class LiveRecomputeTest {
    private static final String SELF = "qwen-2xh100";
    private static final String TOGETHER = "together";

    @TempDir
    Path folder;
    private ScenarioWorkspace workspace;
    private ScenarioSession session;

    @BeforeEach
    void openTheHeadlineExample() {
        workspace = TestWorkspaces.in(folder);
        session = new ScenarioSession(TestWorkspaces.example(ScenarioTemplates.HEADLINE), null, null, new UndoStack(),
                workspace, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void closeTheDatabase() {
        workspace.database().close();
    }

    private ParameterField field(String option, String path) {
        return (ParameterField) session.editor().option(option).orElseThrow().fieldAt(path).orElseThrow();
    }

    /** The engine's own result for the headline file with {@code gpu} changed as given, built from the file's text. */
    private static ScenarioResult engineResultWithGpuPrice(String usdPerGpuHour) throws ScenarioFileException {
        String text = TestWorkspaces.exampleText(ScenarioTemplates.HEADLINE).replace(
                "\"offer\": \"runpod-community-cloud-h100-sxm\"",
                "\"offer\": \"runpod-community-cloud-h100-sxm\", \"usd_per_gpu_hour\": \"" + usdPerGpuHour + "\"");
        return TestWorkspaces.service().run(text, "headline");
    }

    @Test
    void opensWithTheHeadlineFiguresAndItsBreakEvenMarked() {
        ScenarioFigures figures = session.figuresProperty().get();

        // Published: RunPod $2.69 × 2 × 730 + 0.25 × $250,000 / 12 + $300 = $9,435.73 a month.
        assertEquals(new BigDecimal("9435.73"), figures.result().option(SELF).monthly().rounded(2));
        BreakEven.Sustained breakEven = assertInstanceOf(BreakEven.Sustained.class, figures.result().breakEven(SELF, TOGETHER));
        assertEquals(24_227_277_778L, breakEven.sustained());
        assertTrue(figures.curves().markers().stream().anyMatch(m -> m.kind() == Marker.Kind.BREAK_EVEN
                && m.x() == 24_227_277_778d), figures.curves().markers().toString());
        assertTrue(figures.curves().markers().stream().anyMatch(m -> m.kind() == Marker.Kind.CURRENT && m.x() == 100_000_000d));
        assertEquals("Qwen 2.5 72B on 2×H100 (RunPod) costs less than Together (Qwen 2.5 72B Turbo) from 24.2B tokens/month"
                + " (it first catches up at 14.4B tokens/month and crosses back 3 times)", figures.curves().headline());
        assertFalse(session.staleProperty().get());
    }

    @Test
    void aNewGpuPriceRecomputesToTheEnginesFiguresForTheEditedFile() throws ScenarioFileException {
        field(SELF, ".gpu.usd_per_gpu_hour").textProperty().set("1.99");

        ScenarioFigures figures = session.figuresProperty().get();
        ScenarioResult engine = engineResultWithGpuPrice("1.99");
        // 2 × $1.99 × 730 = $2,905.40 of GPUs + $5,208.33 engineer + $300 other = $8,413.73 (the published low row).
        assertEquals(new BigDecimal("8413.73"), figures.result().option(SELF).monthly().rounded(2));
        assertEquals(engine.breakEven(SELF, TOGETHER), figures.result().breakEven(SELF, TOGETHER));
        assertEquals(curve(engine, SELF), plottedAtGrid(figures, SELF, engine.curves().volumes().length));
        BreakEven.Sustained s = (BreakEven.Sustained) engine.breakEven(SELF, TOGETHER);
        assertTrue(figures.curves().markers().stream().anyMatch(m -> m.kind() == Marker.Kind.BREAK_EVEN
                && m.x() == s.sustained()));
        assertFalse(session.staleProperty().get());
    }

    private static List<Double> curve(ScenarioResult result, String option) {
        Curves.Curve curve = result.curves().curves().stream().filter(c -> c.option().equals(option)).findFirst().orElseThrow();
        return Arrays.stream(curve.usdPerMonth()).boxed().toList();
    }

    /** The plotted points at the engine's grid volumes, leaving out the points added at replica steps. */
    private static List<Double> plottedAtGrid(ScenarioFigures figures, String option, int gridPoints) {
        double[] grid = figures.result().curves().volumes();
        CostCurveFigure.Line line = figures.curves().lines().stream().filter(l -> l.id().equals(option)).findFirst().orElseThrow();
        List<Double> ys = new ArrayList<>();
        int next = 0;
        for (PlotPoint p : line.points()) {
            if (next < gridPoints && p.x() == grid[next]) {
                ys.add(p.y());
                next++;
            }
        }
        return ys;
    }

    @Test
    void aValueThatIsNotANumberIsExplainedAndNotComputed() {
        ScenarioFigures before = session.figuresProperty().get();
        ParameterField price = field(SELF, ".gpu.usd_per_gpu_hour");

        price.textProperty().set("1,99");

        assertEquals("Enter a number, such as 2.69; \u201c1,99\u201d is not one", price.check().error());
        assertSame(before, session.figuresProperty().get());
        assertTrue(session.staleProperty().get());
        assertEquals("Fix the fields marked in red to see the results (first: Qwen 2.5 72B on 2×H100 (RunPod) \u203a GPU "
                + "price: Enter a number, such as 2.69; \u201c1,99\u201d is not one). The results shown are from before the "
                + "change.", session.noticeProperty().get());
    }

    @Test
    void whatTheFileReaderRefusesIsShownUnderTheFieldItNames() {
        ParameterField gpus = field(SELF, ".gpus_per_replica");

        gpus.textProperty().set("4");

        assertEquals("4 GPUs per replica, but throughput profile lambda-v054-llama-3-1-70b-instruct-fp8-2xh100-c320 was "
                + "measured on 2; give throughput.output_tokens_per_second for 4 GPUs", gpus.check().error());
        assertTrue(session.staleProperty().get());

        gpus.textProperty().set("2");

        assertTrue(gpus.check().isValid());
        assertFalse(session.staleProperty().get());
    }

    @Test
    void aModelTheSheetDoesNotHaveIsNamedUnderTheModelField() {
        ParameterField model = field(TOGETHER, ".price.model");

        model.textProperty().set("Qwen/Qwen2.5-720B");

        assertEquals("price sheet \"together\" has no model \"Qwen/Qwen2.5-720B\"", model.check().error());
    }

    @Test
    void theBreakdownGivesEveryLineItsSource() {
        OptionBreakdown self = session.figuresProperty().get().breakdown().getFirst();

        assertEquals(SELF, self.id());
        assertEquals(Money.usd("3927.40"), self.lines().getFirst().amount());
        assertEquals(1L, self.lines().getFirst().steps());
        assertTrue(self.lines().getFirst().source().startsWith("GPU: RunPod Community Cloud H100 SXM at $2.69/GPU-h"),
                self.lines().getFirst().source());
        assertEquals("1 replica, 0.55 % busy", self.replicas());
    }
}
