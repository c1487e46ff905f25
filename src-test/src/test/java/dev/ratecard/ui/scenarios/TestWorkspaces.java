package dev.ratecard.ui.scenarios;

import dev.ratecard.importers.ImportException;
import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.scenarios.BundledScenarioCatalogue;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.scenarios.ScenarioService;
import dev.ratecard.workspace.scenarios.SelfHostDefaults;

import java.nio.file.Path;

/**
 * Workspaces for the Scenarios screen's tests: a fresh database in the test's folder, over the bundled catalogue
 * (read once per test run: the LiteLLM snapshot is slow to read).
 */
final class TestWorkspaces {
    private TestWorkspaces() {
    }

    private static final class Shared {
        static final BundledCatalogue CATALOGUE = BundledCatalogue.load();
        static final SelfHostDefaults DEFAULTS = SelfHostDefaults.bundled();
        static final ScenarioService SERVICE = new ScenarioService(new BundledScenarioCatalogue(CATALOGUE), DEFAULTS,
                new CostEngineRoutePricing());
        static final ScenarioChoices CHOICES = choices();

        private static ScenarioChoices choices() {
            try {
                return ScenarioChoices.of(CATALOGUE, DEFAULTS);
            } catch (ImportException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static ScenarioWorkspace in(Path folder) {
        return new ScenarioWorkspace(WorkspaceDatabase.open(folder.resolve("workspace.db")), Shared.SERVICE, Shared.CHOICES,
                new CostEngineRoutePricing());
    }

    /** Over the shared workspace's database, with the catalogue read once per test run. */
    static ScenarioWorkspaceSource source() {
        return workspace -> new ScenarioWorkspace(workspace.database(), Shared.SERVICE, Shared.CHOICES,
                new CostEngineRoutePricing());
    }

    static ScenarioService service() {
        return Shared.SERVICE;
    }

    static ScenarioChoices choices() {
        return Shared.CHOICES;
    }

    /** An example of docs/scenarios as the app bundles it. */
    static String exampleText(String file) {
        return ScenarioTemplates.bundled().stream().filter(t -> t.file().equals(file)).findFirst().orElseThrow().text();
    }

    static ScenarioDocument example(String file) {
        try {
            return Shared.SERVICE.read(exampleText(file), file);
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
