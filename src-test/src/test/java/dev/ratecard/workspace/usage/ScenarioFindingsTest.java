package dev.ratecard.workspace.usage;

import dev.ratecard.pricing.Money;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.scenarios.ScenarioService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The top finding of each stored scenario: its baseline against the cheapest other option. */
class ScenarioFindingsTest {
    private static final String HEADLINE = "/dev/ratecard/ui/scenarios/templates/headline-qwen72b-100m.json";

    @TempDir
    Path folder;
    private WorkspaceDatabase database;
    private final ScenarioFindings findings = new ScenarioFindings(ScenarioService.bundled());

    @BeforeEach
    void open() {
        database = WorkspaceDatabase.open(folder.resolve("workspace.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theHeadlineScenarioMovesFromTogetherToOpenRouterAndSavesTheDifference() throws Exception {
        StoredScenario stored = database.scenarios().create("Headline", 1, headline());

        ScenarioFindings.Result result = findings.of(database.scenarios());

        assertEquals(List.of(), result.problems());
        ScenarioFinding finding = result.findings().getFirst();
        assertEquals(stored.id(), finding.scenarioId());
        // 100M tokens a month at 25 % output: 75M input and 25M output.
        // Together's Qwen 2.5 72B Turbo, $1.20 in and out: 75 × 1.20 + 25 × 1.20 = $120 (the focus's baseline).
        assertEquals("Together (Qwen 2.5 72B Turbo)", finding.baseline());
        assertEquals(Money.usd("120"), finding.baselineMonthly());
        // OpenRouter's qwen-2.5-72b-instruct, $0.36 in and $0.40 out: 27 + 10 = $37, plus one card top-up of 5.5 %:
        // 37 × 1.055 = $39.035.
        assertEquals("OpenRouter (monthly card top-up)", finding.alternative());
        assertEquals(Money.usd("39.035"), finding.alternativeMonthly());
        assertEquals(Money.usd("80.965"), finding.monthlySaving());
        assertTrue(finding.details().getFirst().startsWith("At 100M tokens/month the cheapest option is OpenRouter"),
                finding.details().getFirst());
    }

    @Test
    void aScenarioThatNoLongerResolvesIsListedWithItsReason() throws Exception {
        database.scenarios().create("Broken", 1, headline().replace("\"sheet\": \"together\"", "\"sheet\": \"no-such-sheet\""));

        ScenarioFindings.Result result = findings.of(database.scenarios());

        assertEquals(List.of(), result.findings());
        ScenarioFindings.Problem problem = result.problems().getFirst();
        assertEquals("Broken", problem.scenarioName());
        assertTrue(problem.reason().startsWith("$.options[1].price.sheet"), problem.reason());
    }

    private static String headline() throws IOException {
        try (InputStream in = ScenarioFindingsTest.class.getResourceAsStream(HEADLINE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
