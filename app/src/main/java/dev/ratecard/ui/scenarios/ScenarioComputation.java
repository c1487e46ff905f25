package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.ModeledOption;
import dev.ratecard.scenario.OptionModeler;
import dev.ratecard.scenario.RoutePricing;
import dev.ratecard.scenario.Scenario;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.scenarios.ScenarioService;

import java.util.Map;
import java.util.Objects;

/**
 * One recompute: the scenario file the editor builds, resolved against the catalogue and its defaults, evaluated
 * by the engine, and turned into the figures the screen draws. Pure apart from the catalogue lookups, which are
 * read once and kept; safe to run on any thread.
 */
final class ScenarioComputation {
    private final ScenarioService service;
    private final OptionModeler modeler;

    ScenarioComputation(ScenarioService service, RoutePricing pricing) {
        this.service = Objects.requireNonNull(service, "service");
        this.modeler = new OptionModeler(Objects.requireNonNull(pricing, "pricing"));
    }

    /** The scenario and its figures; {@code file} names the scenario in messages. */
    Computed compute(ScenarioDocument document, String file) throws ScenarioFileException {
        Scenario scenario = service.resolve(document, file);
        ScenarioResult result = service.evaluate(scenario);
        Map<String, ModeledOption> models = modeler.modelAll(scenario.options(), scenario.workload());
        return new Computed(document, scenario, ScenarioFigures.of(result, models));
    }

    /** @param document the file that was computed, to tell a result of the latest edit from an older one */
    record Computed(ScenarioDocument document, Scenario scenario, ScenarioFigures figures) {
    }
}
