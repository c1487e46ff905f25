package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.CostEngineRoutePricing;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.scenarios.SelfHostDefaults;

/**
 * Makes what the Scenarios screen works with out of the window's shared workspace: its database and scenario
 * service, and the catalogue's choices for the pickers. Called off the UI thread, once the workspace is open.
 */
@FunctionalInterface
public interface ScenarioWorkspaceSource {
    ScenarioWorkspace over(Workspace workspace) throws Exception;

    /** Over the workspace's own database, scenario service and bundled catalogue. */
    static ScenarioWorkspaceSource bundled() {
        return workspace -> new ScenarioWorkspace(workspace.database(), workspace.scenarios(),
                ScenarioChoices.of(workspace.catalogue(), SelfHostDefaults.bundled()), new CostEngineRoutePricing());
    }
}
