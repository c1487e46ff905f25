package dev.ratecard.workspace.scenarios;

import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.scenario.Scenario;
import dev.ratecard.scenario.ScenarioEvaluator;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.SensitivityTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/scenarios/headline-qwen72b-100m.json, resolved against the bundled catalogue, gives the figures of the
 * headline study (checked by hand in dev.ratecard.scenario.HeadlineScenarioTest and HeadlineSensitivityTest).
 */
class HeadlineExampleTest {
    private static ScenarioResult result;

    @BeforeAll
    static void evaluate() throws ScenarioFileException {
        ScenarioDocument doc = new ScenarioJson().read(ExampleScenarios.text(ExampleScenarios.HEADLINE), ExampleScenarios.HEADLINE);
        Scenario scenario = new ScenarioResolver(new BundledScenarioCatalogue(BundledCatalogue.load()), SelfHostDefaults.bundled(),
                new CostEngineRoutePricing()).resolve(doc, ExampleScenarios.HEADLINE);
        result = new ScenarioEvaluator(new CostEngineRoutePricing()).evaluate(scenario);
    }

    @Test
    void theBundledFiguresGiveThePublishedMonthlyCosts() {
        // RunPod $2.69 × 2 × 730 + 0.25 × 250,000/12 + 300 = $9,435.73; Together 100M × $1.20/1M = $120;
        // GPT-4o 75M × 2.50 + 25M × 10 per 1M = $437.50; OpenRouter (75M × 0.36 + 25M × 0.40)/1M × 1.055 = $39.035.
        assertEquals(new BigDecimal("9435.73"), result.option("qwen-2xh100").monthly().rounded(2));
        assertEquals(Money.usd("120"), result.option("together").monthly());
        assertEquals(Money.usd("437.5"), result.option("gpt-4o").monthly());
        assertEquals(Money.usd("39.035"), result.option("openrouter").monthly());
    }

    @Test
    void theSustainedBreakEvenIsTheExactOne() {
        BreakEven.Sustained s = assertInstanceOf(BreakEven.Sustained.class, result.breakEven("qwen-2xh100", "together"));
        assertEquals(14_408_777_778L, s.first());
        assertEquals(24_227_277_778L, s.sustained());
    }

    @Test
    void theFileListsThePublishedSensitivityRows() {
        SensitivityTable table = result.sensitivity().getFirst();
        assertEquals("qwen-2xh100", table.subject());
        assertEquals(8, table.rows().size());
        SensitivityTable.Row gpu = table.rows().stream().filter(r -> r.name().startsWith("GPU $/hour")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("8413.73"), gpu.subjectLow().rounded(2));
        assertEquals(new BigDecimal("15553.13"), gpu.subjectHigh().rounded(2));
    }

    @Test
    void everyCostLineCitesTheCatalogueItItCameFrom() {
        String gpus = result.option("qwen-2xh100").breakdown().getFirst().source();
        assertTrue(gpus.startsWith("GPU: RunPod Community Cloud H100 SXM at $2.69/GPU-h (https://www.runpod.io/pricing"), gpus);
        assertTrue(gpus.contains(" | throughput: lambda-v054-llama-3-1-70b-instruct-fp8-2xh100-c320: vLLM 0.5.4"), gpus);
        assertTrue(gpus.contains("a stand-in for Qwen/Qwen2.5-72B-Instruct"), gpus);
        String together = result.option("together").breakdown().getFirst().source();
        assertTrue(together.startsWith("together_ai Qwen/Qwen2.5-72B-Instruct-Turbo (https://www.getmaxim.ai"), together);
        assertTrue(together.endsWith("as of 2026-01-01)"), together);
    }
}
