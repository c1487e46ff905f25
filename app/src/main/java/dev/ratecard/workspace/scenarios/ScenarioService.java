package dev.ratecard.workspace.scenarios;

import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.scenario.RoutePricing;
import dev.ratecard.scenario.Scenario;
import dev.ratecard.scenario.ScenarioEvaluator;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.store.ScenarioRepository;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.workspace.catalogue.BundledCatalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * What both front ends do with scenarios: read a file, resolve and evaluate it, keep it in the workspace and give
 * it back. Stored scenarios are the file's canonical JSON, so saving and exporting never change a figure.
 */
public final class ScenarioService {
    private final ScenarioJson json = new ScenarioJson();
    private final ScenarioResolver resolver;
    private final ScenarioEvaluator evaluator;

    public ScenarioService(ScenarioCatalogue catalogue, SelfHostDefaults defaults, RoutePricing pricing) {
        this.resolver = new ScenarioResolver(catalogue, defaults, pricing);
        this.evaluator = new ScenarioEvaluator(pricing);
    }

    /** Against the bundled catalogue and defaults. */
    public static ScenarioService bundled() {
        return new ScenarioService(new BundledScenarioCatalogue(BundledCatalogue.load()), SelfHostDefaults.bundled(),
                new CostEngineRoutePricing());
    }

    public ScenarioDocument read(String text, String file) throws ScenarioFileException {
        return json.read(text, file);
    }

    public String write(ScenarioDocument document) {
        return json.write(document);
    }

    public Scenario resolve(ScenarioDocument document, String file) throws ScenarioFileException {
        return resolver.resolve(document, file);
    }

    public ScenarioResult evaluate(Scenario scenario) {
        return evaluator.evaluate(scenario);
    }

    /** Reads, resolves and evaluates in one go. */
    public ScenarioResult run(String text, String file) throws ScenarioFileException {
        return evaluate(resolve(read(text, file), file));
    }

    /**
     * Keeps a scenario that resolves under {@code name}: a new one, or, with {@code replace}, over the one of that name.
     *
     * @throws ScenarioFileException if it does not resolve (nothing is stored)
     */
    public StoredScenario save(ScenarioRepository scenarios, String name, String text, String file, boolean replace)
            throws ScenarioFileException {
        ScenarioDocument document = read(text, file);
        resolve(document, file);
        String canonical = write(document);
        Optional<StoredScenario> existing = scenarios.findByName(name);
        if (existing.isPresent() && replace) {
            return scenarios.save(existing.get().id(), ScenarioDocument.VERSION, canonical);
        }
        return scenarios.create(name, ScenarioDocument.VERSION, canonical);
    }

    public Optional<StoredScenario> find(ScenarioRepository scenarios, String name) {
        return scenarios.findByName(Objects.requireNonNull(name, "name"));
    }
}
