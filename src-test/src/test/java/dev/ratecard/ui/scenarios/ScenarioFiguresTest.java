package dev.ratecard.ui.scenarios;

import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.scenario.OptionModeler;
import dev.ratecard.scenario.Projection;
import dev.ratecard.scenario.Scenario;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.SensitivityTable;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the charts and tables are given for the bundled examples, checked against the engine and by hand. */
class ScenarioFiguresTest {
    private static final String SELF = "qwen-2xh100";
    private static ScenarioFigures headline;
    private static ScenarioFigures substitution;

    @BeforeAll
    static void computeTheExamples() throws ScenarioFileException {
        headline = figures(ScenarioTemplates.HEADLINE);
        substitution = figures("substitution-owned-vs-rented.json");
    }

    private static ScenarioFigures figures(String file) throws ScenarioFileException {
        Scenario scenario = TestWorkspaces.service().resolve(TestWorkspaces.example(file), file);
        ScenarioResult result = TestWorkspaces.service().evaluate(scenario);
        return ScenarioFigures.of(result, new OptionModeler(new CostEngineRoutePricing())
                .modelAll(scenario.options(), scenario.workload()));
    }

    private static CostCurveFigure.Line line(ScenarioFigures figures, String id) {
        return figures.curves().lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theSelfHostedLineStepsUprightAtEachReplica() {
        // One replica carries X_out × u_max × 2,628,000 s × T / (T_out × k) = 1,727.69 × 0.8 × 2,628,000 × 4 / 3
        // = 4,843,060,608 tokens a month; one token more buys the second replica, $2.69 × 2 GPUs × 730 h = $3,927.40.
        List<PlotPoint> points = line(headline, SELF).points();
        PlotPoint before = points.stream().filter(p -> p.x() == 4_843_060_608d).findFirst().orElseThrow();
        PlotPoint after = points.get(points.indexOf(before) + 1);

        assertEquals(4_843_060_609d, after.x());
        assertEquals(3927.40, after.y() - before.y(), 1e-6);
        assertEquals("$9,435.73/month at 4,843,060,608 tokens a month", before.exact());
        assertEquals("$13,363.13/month at 4,843,060,609 tokens a month", after.exact());
        assertTrue(line(headline, SELF).selfHosted());
        assertFalse(line(headline, "openrouter").selfHosted(), "top-ups are steps too, but OpenRouter hosts nothing");
    }

    @Test
    void everyStepInViewIsDrawnOnceBesideTheEnginesGrid() {
        // 100B / 4,843,060,608 = 20.6: twenty boundaries between 1M and 100B, two points each, on top of 500.
        assertEquals(500 + 2 * 20, line(headline, SELF).points().size());
        assertEquals(500, line(headline, "together").points().size());
    }

    @Test
    void theMarkersAreTodayAndTheFocusPairsCrossings() {
        assertEquals(List.of(
                        new Marker(100_000_000d, "Today 100M tokens", "Today's volume: 100,000,000 tokens a month",
                                Marker.Kind.CURRENT),
                        new Marker(14_408_777_778d, "First crossing 14.4B tokens",
                                "First crossing: 14,408,777,778 tokens a month", Marker.Kind.FIRST_CROSSING),
                        new Marker(24_227_277_778d, "Break-even 24.2B tokens",
                                "Break-even, for good from 24,227,277,778 tokens a month", Marker.Kind.BREAK_EVEN)),
                headline.curves().markers());
    }

    @Test
    void theKeyFiguresLeadWithTheCheapestOptionAndTheBreakEven() {
        KeyFigures key = headline.key();

        // OpenRouter: ($27 + $10) of tokens + max(5.5 % × $37, $0.80) = $39.035, shown to the cent half-even.
        assertEquals("Cheapest at today's 100M tokens/month", key.cheapestCaption());
        assertEquals("$39.04/month", key.cheapestValue());
        assertEquals("OpenRouter (monthly card top-up)", key.cheapestDetail());
        assertEquals("24.2B tokens/month", key.breakEvenValue());
        // 100,000,000 / 24,227,277,778 = 0.41 %.
        assertEquals("First catches up at 14.4B tokens/month. Today's volume is 0.41 % of it.", key.breakEvenDetail());
    }

    @Test
    void theMonthlyBarsGroupTheBreakdownExactly() {
        MonthlyBars.Bar self = headline.monthly().bars().getFirst();
        MonthlyBars.Bar openRouter = headline.monthly().bars().get(2);

        assertEquals(Map.of(CostGroup.GPUS, Money.usd("3927.40"),
                CostGroup.ENGINEER, Money.usd(new BigDecimal("62500").divide(BigDecimal.valueOf(12), MathContext.DECIMAL128)),
                CostGroup.FIXED, Money.usd("300")), self.parts());
        // 75M × $0.36/1M + 25M × $0.40/1M = $37 of tokens; the card top-up fee max(5.5 % × $37, $0.80) = $2.035.
        assertEquals(Map.of(CostGroup.TOKENS, Money.usd("37"), CostGroup.FEES, Money.usd("2.035")), openRouter.parts());
    }

    @Test
    void theTornadoIsTheFocusTableInTheEnginesOrder() {
        SensitivityTable table = headline.result().sensitivity().getFirst();
        TornadoFigure tornado = headline.tornado();

        assertEquals(table.rows().stream().map(SensitivityTable.Row::name).toList(),
                tornado.rows().stream().map(TornadoFigure.Row::name).toList());
        assertEquals("24.2B tokens/month", tornado.base().text());
        TornadoFigure.Row gpu = tornado.rows().getFirst();
        assertEquals("1.99", gpu.lowValue());
        assertEquals(BreakEvenWords.outcome(table.rows().getFirst().low()), gpu.low().text());
        // At $6.88/GPU-h a replica costs 2 × 6.88 × 730 = $10,044.80 a month and carries 4.84B tokens, which cost
        // $5,811.67 at Together's $1.20/1M: each replica costs more than the traffic it takes, so never.
        assertEquals("6.88", gpu.highValue());
        assertEquals(new TornadoFigure.Outcome(null, "never"), gpu.high());
    }

    @Test
    void theProjectionMarksTheMonthOwnedHardwarePaysBack() {
        Projection.Row owned = substitution.result().projection().options().stream()
                .filter(r -> r.option().equals("qwen-owned")).findFirst().orElseThrow();
        int month = owned.payback().paybackMonth();

        Marker marker = substitution.projection().markers().getFirst();

        assertEquals(month, (int) marker.x());
        assertEquals("Payback month " + month, marker.label());
        assertEquals(36, substitution.projection().months());
        assertEquals(owned.cumulative().get(11).amount().doubleValue(),
                line36(substitution, "qwen-owned").get(11).y());
    }

    private static List<PlotPoint> line36(ScenarioFigures figures, String id) {
        return figures.projection().lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow().points();
    }

    @Test
    void theBreakEvenTableSaysWhyAPairNeverBreaksEven() {
        BreakEvenRow row = headline.breakEvens().stream()
                .filter(r -> r.pair().equals("Qwen 2.5 72B on 2×H100 (RunPod) vs OpenRouter (monthly card top-up)"))
                .findFirst().orElseThrow();

        assertEquals("never", row.breaksEven());
        assertEquals("OpenRouter (monthly card top-up)", row.cheaperAtLowVolume());
        assertEquals("each extra 2 × H100 SXM replica costs $3,927.40/month but carries only $1,890.49 of OpenRouter "
                + "(monthly card top-up) traffic at capacity (4.84B tokens/month)", row.why());
    }
}
