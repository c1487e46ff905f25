package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.store.DatabaseLocation;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.scenarios.BundledScenarioCatalogue;
import dev.ratecard.workspace.scenarios.ScenarioService;
import dev.ratecard.workspace.scenarios.SelfHostDefaults;

import java.nio.file.Path;

/** Opens the workspace the Scenarios screen works on; called off the UI thread, once. */
@FunctionalInterface
public interface ScenarioWorkspaceSource {
    ScenarioWorkspace open(Path dataFolder) throws Exception;

    /** The workspace database in the data folder (or {@code RATECARD_DB}), against the bundled catalogue. */
    static ScenarioWorkspaceSource bundled() {
        return dataFolder -> {
            BundledCatalogue catalogue = BundledCatalogue.load();
            SelfHostDefaults defaults = SelfHostDefaults.bundled();
            CostEngineRoutePricing pricing = new CostEngineRoutePricing();
            ScenarioService service = new ScenarioService(new BundledScenarioCatalogue(catalogue), defaults, pricing);
            ScenarioChoices choices = ScenarioChoices.of(catalogue, defaults);
            return new ScenarioWorkspace(WorkspaceDatabase.open(DatabaseLocation.inDataFolder(dataFolder)), service,
                    choices, pricing);
        };
    }
}
