package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The recompute runs one computation at a time, and of the edits made meanwhile only the latest. */
class LiveEvaluationTest {
    private final DeferredTaskExecutor tasks = new DeferredTaskExecutor();
    private final List<String> computed = new ArrayList<>();
    private final List<Throwable> problems = new ArrayList<>();
    private final LiveEvaluation evaluation = new LiveEvaluation(tasks,
            new ScenarioComputation(TestWorkspaces.service(), new CostEngineRoutePricing()),
            result -> computed.add(result.document().name()), problems::add);

    private static ScenarioDocument named(String name) {
        return ScenarioLibrary.named(TestWorkspaces.example(ScenarioTemplates.HEADLINE), name);
    }

    @Test
    void editsMadeWhileOneComputesWaitAndOnlyTheLatestIsComputed() {
        evaluation.request(named("first"));
        evaluation.request(named("second"));
        evaluation.request(named("third"));
        assertEquals(1, tasks.waiting(), "one computation at a time");

        tasks.runNext();
        assertEquals(List.of("first"), computed);
        assertEquals(1, tasks.waiting(), "the latest edit starts as the first ends");

        tasks.runNext();
        assertEquals(List.of("first", "third"), computed);
        assertFalse(tasks.runNext(), "the second edit was never computed");
    }

    @Test
    void nothingIsDeliveredAfterTheScenarioIsClosed() {
        evaluation.request(named("closed"));
        evaluation.request(named("waiting"));
        evaluation.stop();

        tasks.runNext();

        assertFalse(tasks.runNext(), "what waited was dropped");
        assertEquals(List.of(), computed);
        evaluation.request(named("next"));
        tasks.runNext();
        assertEquals(List.of("next"), computed);
    }

    @Test
    void aFileTheEngineRefusesIsReportedWithItsPath() {
        ScenarioDocument document = named("broken");
        ScenarioDocument broken = new ScenarioDocument(document.format(), document.version(), document.name(),
                document.description(), document.workload(), document.options(), new ScenarioDocument.Focus("nobody", null),
                document.volumeGrid(), document.projection(), document.sensitivity());

        evaluation.request(broken);
        tasks.runNext();

        ScenarioFileException e = assertInstanceOf(ScenarioFileException.class, problems.getFirst());
        assertEquals("$.focus", e.path());
        assertEquals(List.of(), computed);
    }
}
