package dev.ratecard.chart;

import dev.ratecard.report.ReportFixtures;
import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.SensitivityTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart specs of the headline example (docs/scenarios/headline-qwen72b-100m.json). */
class ScenarioChartsTest {
    private static ScenarioResult headline;

    @BeforeAll
    static void evaluate() {
        headline = ReportFixtures.headlineResult();
    }

    @Test
    void drawsEveryOptionOverTheLogVolumeGridWithBreakEvenAndCurrentMarkers() {
        XyChartSpec chart = ScenarioCharts.costOverVolume(headline);

        assertEquals(List.of("Qwen 2.5 72B on 2×H100 (RunPod)", "Together (Qwen 2.5 72B Turbo)", "OpenRouter (monthly card top-up)",
                "GPT-4o (OpenAI direct)"), chart.series().stream().map(XyChartSpec.Series::name).toList());
        assertEquals(new LogScale(1e6, 1e11), chart.x().scale());
        // The default grid has 500 points, under the 2,000 a chart draws: nothing is dropped.
        assertTrue(chart.series().stream().allMatch(s -> s.xs().length == 500));
        // Together at 1B tokens: 1,000 × $1.20 per 1M; the curve is linear, so any grid point checks it.
        XyChartSpec.Series together = chart.series().get(1);
        int i = 250;
        assertEquals(together.xs()[i] * 1.2e-6, together.ys()[i], 1e-6 * together.ys()[i]);
        // First crossing and sustained break-even as published for the headline case, and the current 100M.
        assertEquals(List.of("first meets 14.41B", "break-even 24.23B", "now 100M"),
                chart.markers().stream().map(XyChartSpec.Marker::label).toList());
        assertEquals(List.of(14_408_777_778.0, 24_227_277_778.0, 100_000_000.0),
                chart.markers().stream().map(XyChartSpec.Marker::x).toList());
    }

    @Test
    void splitsEachOptionsMonthlyCostByCategoryLeavingOutEmptyOnes() {
        BarChartSpec chart = ScenarioCharts.monthlyBreakdown(headline);

        // Monitoring, storage and egress are $0 in every option, so their categories are not drawn.
        assertEquals(List.of("Tokens", "Gateway and payment fees", "GPUs", "Engineer", "Other fixed costs"), chart.segments());
        BarChartSpec.Bar qwen = chart.bars().getFirst();
        // 2 × $2.69 × 730 = $3,927.40 of GPUs, 0.25 × $250,000 / 12 = $5,208.33 of engineer, $300 fixed.
        assertArrayEquals(new double[] {0, 0, 3927.4, 5208.333333333333, 300}, qwen.values());
        assertEquals("$9,435.73", qwen.total());
        BarChartSpec.Bar openRouter = chart.bars().get(2);
        // (75M × $0.36 + 25M × $0.40) / 1M = $37 of tokens; the card top-up fee 5.5 % of it = $2.035.
        assertArrayEquals(new double[] {37, 2.035, 0, 0, 0}, openRouter.values());
        assertEquals("$39.04", openRouter.total());
        assertEquals(new LinearScale(0, 10_000), chart.value().scale());
    }

    @Test
    void theTornadoRunsFromTheBaseBreakEvenToEachInputsOutcomeAndNeverToTheEnd() {
        TornadoChartSpec chart = ScenarioCharts.sensitivity(headline).orElseThrow();
        SensitivityTable table = headline.sensitivity().getFirst();

        assertEquals(24_227_277_778.0, chart.base());
        assertEquals("24.23B", chart.baseLabel());
        assertEquals(8, chart.rows().size());
        for (int i = 0; i < chart.rows().size(); i++) {
            TornadoChartSpec.Row row = chart.rows().get(i);
            SensitivityTable.Row source = table.rows().get(i);
            assertEquals(source.name(), row.name());
            assertEquals(plotted(source.low()), row.low());
            assertEquals(plotted(source.high()), row.high());
        }
        TornadoChartSpec.Row gpu = chart.rows().stream().filter(r -> r.name().startsWith("GPU $/hour")).findFirst().orElseThrow();
        // At AWS's $6.88/GPU-h the replica never pays for itself against Together.
        assertEquals(Double.POSITIVE_INFINITY, gpu.high());
        assertEquals("never", gpu.highLabel());
        assertTrue(((LogScale) chart.axis().scale()).contains(gpu.low()));
    }

    @Test
    void projectsTheCumulativeCostOfEveryOptionOverThirtySixMonths() {
        XyChartSpec chart = ScenarioCharts.projection(headline);

        XyChartSpec.Series together = chart.series().get(1);
        assertEquals(36, together.xs().length);
        assertEquals(1.0, together.xs()[0]);
        // No growth: 36 months × $120 = $4,320; the replica 36 × $9,435.7333 = $339,686.40.
        assertEquals(4_320.0, together.ys()[35], 1e-9);
        assertEquals(339_686.4, chart.series().getFirst().ys()[35], 1e-6);
        assertEquals(new LinearScale(0, 400_000), chart.y().scale());
    }

    @Test
    void listsTheFourChartsOfTheScenarioScreenInReadingOrder() {
        assertEquals(List.of(XyChartSpec.class, BarChartSpec.class, TornadoChartSpec.class, XyChartSpec.class),
                ScenarioCharts.all(headline).stream().map(Object::getClass).toList());
    }

    private static double plotted(BreakEven be) {
        return switch (be) {
            case BreakEven.Sustained s -> s.sustained();
            case BreakEven.Never n -> Double.POSITIVE_INFINITY;
            default -> throw new AssertionError("the headline table has no " + be);
        };
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-9);
    }
}
