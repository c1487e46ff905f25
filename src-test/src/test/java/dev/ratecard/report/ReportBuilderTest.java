package dev.ratecard.report;

import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.Finding;
import dev.ratecard.scenario.Staffing;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.scenarios.ScenarioService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report model of the headline example: every figure worked out by hand from the example's inputs. */
class ReportBuilderTest {
    private static final String QWEN = "Qwen 2.5 72B on 2×H100 (RunPod)";
    private static final String TOGETHER = "Together (Qwen 2.5 72B Turbo)";
    private static final String OPENROUTER = "OpenRouter (monthly card top-up)";
    private static final String GPT4O = "GPT-4o (OpenAI direct)";

    private static Report report;
    private static ScenarioReport headline;

    @BeforeAll
    static void build() {
        report = ReportFixtures.report(ReportFixtures.headline());
        headline = report.scenarios().getFirst();
    }

    @Test
    void recommendsTheCheapestOptionAndSavesAgainstTheBaselinePerMonthAndPerYear() {
        Summary summary = headline.summary();
        // OpenRouter: (75M × 0.36 + 25M × 0.40) / 1M = $37, plus the 5.5 % card fee = $39.035.
        assertEquals(OPENROUTER, summary.recommended());
        assertEquals(Money.usd("39.035"), summary.monthly());
        // Together, the focus baseline: 100M × $1.20 / 1M = $120; 120 − 39.035 = 80.965 a month, × 12 = 971.58 a year.
        assertEquals(TOGETHER, summary.comparedWith());
        assertEquals(Money.usd("80.965"), summary.savingPerMonth());
        assertEquals(Money.usd("971.58"), summary.savingPerYear());
        assertTrue(summary.text().contains("it saves $80.96 a month, $971.58 a year."), summary.text());
        assertTrue(summary.text().contains(QWEN + " beats " + TOGETHER + " from 24.23B tokens/month on"), summary.text());
    }

    @Test
    void comparesEveryOptionWithTheBaselineNegativeWhenCheaper() {
        ReportTable table = headline.comparison();
        assertEquals(List.of(QWEN, TOGETHER, OPENROUTER, GPT4O), column(table, "Option").stream().map(CellText::display).toList());
        // 2 × $2.69 × 730 + 0.25 × $250,000 / 12 + $300 = $9,435.7333…; less Together's $120.
        assertEquals("9435.733333333", CellText.canonical(cell(table, 0, "Per month")));
        assertEquals("9315.733333333", CellText.canonical(cell(table, 0, "Against baseline")));
        assertEquals("0", CellText.canonical(cell(table, 1, "Against baseline")));
        assertEquals("-80.965", CellText.canonical(cell(table, 2, "Against baseline")));
        // GPT-4o: 75M × $2.50 + 25M × $10 per 1M = $437.50; 437.5 − 120 = 317.5.
        assertEquals("317.5", CellText.canonical(cell(table, 3, "Against baseline")));
        // Per 1M tokens: 9,435.7333 / 100 and per 1M output tokens: / 25.
        assertEquals("$94.36", CellText.display(cell(table, 0, "Per 1M tokens")));
        assertEquals("$377.43", CellText.display(cell(table, 0, "Per 1M output tokens")));
        assertEquals("$0.3904", CellText.display(cell(table, 2, "Per 1M tokens")));
        // 25M output tokens over one replica's 1,727.69 tok/s × 3,600 × 730 = 4,540,369,320 a month.
        assertEquals("0.55 %", CellText.display(cell(table, 0, "Utilisation")));
        assertEquals("113228.8", CellText.canonical(cell(table, 0, "Per year")));
        assertEquals("gpt-4o (substitute)", CellText.display(cell(table, 3, "Serves")));
    }

    @Test
    void breaksEachCostDownLineByLineWithItsSource() {
        ReportTable table = headline.breakdown();
        List<String> qwenLines = table.rows().stream().filter(r -> CellText.display(r.getFirst()).equals(QWEN))
                .map(r -> CellText.display(r.get(2)) + " = " + CellText.display(r.get(3))).toList();
        assertEquals(List.of("GPUs: 2 × H100 SXM at $2.69/GPU-h × 730 h per replica = $3,927.40",
                "0.25 FTE at $250,000/year loaded = $5,208.33", "monitoring = $0.00", "storage = $0.00",
                "egress 4 bytes/output token at $0.00/GB = $0.00", "other fixed costs = $300.00"), qwenLines);
        assertTrue(CellText.display(cell(table, 0, "Source")).contains("RunPod Community Cloud H100 SXM at $2.69/GPU-h"));
        assertEquals("1", CellText.display(cell(table, 0, "Units bought")));
    }

    @Test
    void givesEveryPairsBreakEvenWithTheNeverReason() {
        ReportTable table = headline.breakEven();
        assertEquals(6, table.rows().size());
        // The published headline figures: first meets Together at 14.41B, cheaper for good from 24.23B.
        assertEquals("breaks even", CellText.display(cell(table, 0, "Result")));
        assertEquals(TOGETHER, CellText.display(cell(table, 0, "Cheaper at low volume")));
        assertEquals("14408777778", CellText.canonical(cell(table, 0, "First crossing")));
        assertEquals("24227277778", CellText.canonical(cell(table, 0, "For good from")));
        assertEquals("never", CellText.display(cell(table, 1, "Result")));
        assertTrue(CellText.display(cell(table, 1, "Why")).startsWith("each extra 2 × H100 SXM replica costs $3,927.40/month"));
    }

    @Test
    void startsEachSensitivityTableWithTheInputsAsEntered() {
        ReportTable table = headline.sensitivity();
        assertEquals("as entered", CellText.display(cell(table, 0, "Input")));
        assertEquals("$9,435.73", CellText.display(cell(table, 0, "Per month at low")));
        assertEquals("24227277778", CellText.canonical(cell(table, 0, "Break-even at low")));
        List<Cell> gpu = table.rows().stream().filter(r -> CellText.display(r.get(2)).startsWith("GPU $/hour")).findFirst()
                .orElseThrow();
        int low = table.columns().stream().map(Column::header).toList().indexOf("Per month at low");
        // 2 × $1.99 × 730 + $5,508.33 = $8,413.73; 2 × $6.88 × 730 + $5,508.33 = $15,553.13.
        assertEquals("1.99", CellText.canonical(gpu.get(3)));
        assertEquals("$8,413.73", CellText.display(gpu.get(low)));
        assertEquals("$15,553.13", CellText.display(gpu.get(low + 1)));
        assertEquals("never", CellText.display(gpu.get(low + 3)));
    }

    @Test
    void namesTheSourceAndDateOfEveryInput() {
        ReportTable table = headline.assumptions();
        assertEquals(List.of("2.69", "USD per GPU-hour"), valueAndUnit(table, QWEN, "GPU $/hour"));
        assertTrue(source(table, QWEN, "GPU $/hour").contains("as of 2026-11-09"));
        assertTrue(source(table, QWEN, "X_out@SLO tok/s per replica").startsWith("lambda-v054-llama-3-1-70b-instruct-fp8-2xh100-c320"));
        assertEquals("headline study: a quarter of an engineer at $250k loaded", source(table, QWEN, "engineer FTE"));
        assertEquals(List.of("1.2", "USD per 1M tokens"), valueAndUnit(table, TOGETHER, "input price $/1M"));
        assertTrue(source(table, TOGETHER, "input price $/1M").endsWith("as of 2026-01-01)"));
        assertTrue(source(table, OPENROUTER, "credit top-up fee").startsWith("OpenRouter, credits bought by card ("));
        assertEquals(List.of("100000000", "per month"), valueAndUnit(table, "workload", "tokens"));
        assertEquals("0.25", valueAndUnit(table, "workload", "output share").getFirst());
    }

    @Test
    void showsTheUsageBehindTheWorkload() {
        ReportTable table = headline.workload();
        assertEquals(List.of("Qwen/Qwen2.5-72B-Instruct", "synthetic", "100000000", "75000000", "25000000", "100000", "0"),
                table.rows().getFirst().stream().map(CellText::canonical).toList());
    }

    @Test
    void warnsOfPricesOlderThanNinetyDaysAndOfSubstitutes() {
        List<String> caveats = headline.caveats().stream().map(c -> c.kind() + ": " + c.text()).toList();
        // Report dated 2026-11-25: Together's price is 328 days old, OpenRouter's 116, its fee model 328, GPT-4o's
        // 124; RunPod's GPU price (2026-11-09) is 16 days old and passes.
        assertEquals(5, caveats.size(), String.join("\n", caveats));
        assertTrue(caveats.get(0).startsWith("stale_price: " + TOGETHER + ": the price of together_ai Qwen/Qwen2.5-72B-Instruct-Turbo"
                + " is as of 2026-01-01, 328 days before this report"), caveats.get(0));
        assertTrue(caveats.get(1).contains("as of 2026-08-01, 116 days"), caveats.get(1));
        assertTrue(caveats.get(2).contains("fee model of OpenRouter") && caveats.get(2).contains("328 days"), caveats.get(2));
        assertTrue(caveats.get(3).contains("as of 2026-07-24, 124 days"), caveats.get(3));
        assertTrue(caveats.get(4).startsWith("substitution: " + GPT4O + " serves the traffic with gpt-4o"), caveats.get(4));
    }

    @Test
    void weighsTheGatewaysFeesAgainstTheEngineerTheScenarioPaysFor() {
        Finding fees = headline.findings().getLast();
        // Fees $0.80 + $1.235 = $2.035; 0.25 × $250,000 / 12 = $5,208.33 a month; at 100M tokens the fees reach it at
        // 5,208.333… × 100M / 2.035 = 255,937,755,938 tokens.
        assertEquals("fees", fees.kind());
        assertEquals("At 100M tokens/month " + OPENROUTER + "'s fees come to $2.04/month against 0.25 FTE of an engineer at "
                + "$250,000/year ($5,208.33/month): running your own proxy instead pays for the engineer only at about "
                + "255.94B tokens/month, if the fees grow in step with volume.", fees.text());
    }

    @Test
    void weighsTheFeesAgainstOneFullEngineerWhenNoOptionHasStaff() throws ScenarioFileException {
        String text = """
                {"format": "ratecard-scenario", "version": 1, "name": "Gateway or direct",
                 "workload": {"synthetic": {"model": "Qwen/Qwen2.5-72B-Instruct", "tokens_per_month": 100000000,
                   "output_share": "0.25", "requests_per_month": 100000}},
                 "options": [
                   {"kind": "direct", "id": "together", "name": "Together",
                    "price": {"sheet": "together", "model": "Qwen/Qwen2.5-72B-Instruct-Turbo"}},
                   {"kind": "hosted_gateway", "id": "openrouter", "name": "OpenRouter",
                    "price": {"sheet": "openrouter", "model": "qwen/qwen-2.5-72b-instruct"}, "gateway": {"id": "openrouter-card"}}]}
                """;
        ScenarioService service = ScenarioService.bundled();
        ScenarioDocument document = service.read(text, "gateway.json");
        ReportInput input = ReportInput.of(document, service.evaluate(service.resolve(document, "gateway.json")), "test");
        Report built = new ReportBuilder(new Staffing(BigDecimal.ONE, new BigDecimal("250000"), "test"))
                .build(List.of(input), Optional.empty(), ReportOptions.all(ReportFixtures.DATE));
        // $250,000 / 12 = $20,833.33 a month; × 100M / 2.035 = 1,023,751,023,751 tokens.
        assertTrue(built.scenarios().getFirst().findings().getLast().text().endsWith("against 1 FTE of an engineer at "
                + "$250,000/year ($20,833.33/month): running your own proxy instead pays for the engineer only at about "
                + "1023.75B tokens/month, if the fees grow in step with volume."));
    }

    @Test
    void leavesTheFeeComparisonToTheEngineWhenTheScenarioRunsItsOwnProxy() {
        ScenarioReport gateways = ReportFixtures.report(ReportFixtures.example(ReportFixtures.GATEWAY_FEES)).scenarios().getFirst();
        assertTrue(gateways.findings().stream().noneMatch(f -> f.text().contains("running your own proxy instead pays")));
        assertTrue(gateways.findings().stream().anyMatch(f -> f.text().startsWith("An engineer at ")));
    }

    @Test
    void titlesTheReportWithItsScenarioDateAndCurrency() {
        ReportTitle title = report.title();
        assertEquals("Qwen 2.5 72B at 100M tokens/month: self-hosted on 2×H100 or an API?", title.heading());
        assertEquals(ReportFixtures.DATE, title.date());
        assertEquals("USD", title.currency());
        assertEquals("no usage stored in the workspace", title.period());
    }

    @Test
    void putsSeveralScenariosIntoOneTablePerKindUnderAScenarioColumn() {
        Report two = ReportFixtures.report(ReportFixtures.headline(), ReportFixtures.example(ReportFixtures.GATEWAY_FEES));
        assertEquals("Comparison of 2 scenarios", two.title().heading());
        ReportTable comparison = ReportTables.of(two).stream().filter(t -> t.id().equals("comparison")).findFirst().orElseThrow();
        assertEquals("Scenario", comparison.columns().getFirst().header());
        int headlineOptions = 4;
        int gatewayOptions = two.scenarios().get(1).comparison().rows().size();
        assertEquals(headlineOptions + gatewayOptions, comparison.rows().size());
        assertEquals(two.scenarios().get(1).name(), CellText.display(comparison.rows().get(headlineOptions).getFirst()));
    }

    @Test
    void listsOnlyTheTablesOfTheChosenSections() {
        Report some = ReportBuilder.bundled().build(List.of(ReportFixtures.headline()), Optional.empty(),
                ReportOptions.all(ReportFixtures.DATE).withSections(EnumSet.of(ReportSection.COMPARISON, ReportSection.CAVEATS)));
        assertEquals(List.of("report", "comparison", "breakdown", "caveats"), ReportTables.of(some).stream().map(ReportTable::id).toList());
        assertFalse(some.includes(ReportSection.SUMMARY));
    }

    @Test
    void refusesAReportOfNothing() {
        assertThrows(IllegalArgumentException.class,
                () -> ReportBuilder.bundled().build(List.of(), Optional.empty(), ReportOptions.all(ReportFixtures.DATE)));
    }

    private static List<Cell> column(ReportTable table, String header) {
        int c = table.columns().stream().map(Column::header).toList().indexOf(header);
        return table.rows().stream().map(r -> r.get(c)).toList();
    }

    static Cell cell(ReportTable table, int row, String header) {
        int c = table.columns().stream().map(Column::header).toList().indexOf(header);
        if (c < 0) {
            throw new AssertionError("no column " + header + " in " + table.id());
        }
        return table.rows().get(row).get(c);
    }

    private static List<Cell> row(ReportTable table, String appliesTo, String input) {
        return table.rows().stream().filter(r -> CellText.display(r.get(0)).equals(appliesTo) && CellText.display(r.get(1)).equals(input))
                .findFirst().orElseThrow(() -> new AssertionError("no assumption " + appliesTo + " / " + input));
    }

    private static List<String> valueAndUnit(ReportTable table, String appliesTo, String input) {
        List<Cell> row = row(table, appliesTo, input);
        return List.of(CellText.canonical(row.get(2)), CellText.display(row.get(3)));
    }

    private static String source(ReportTable table, String appliesTo, String input) {
        return CellText.display(row(table, appliesTo, input).get(4));
    }
}
