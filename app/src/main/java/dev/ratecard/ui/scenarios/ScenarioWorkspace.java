package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.RoutePricing;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.scenarios.ScenarioService;

import java.util.Objects;

/**
 * What the Scenarios screen works with: the workspace database (stored scenarios and usage), the scenario
 * service (files, resolving, the engine), the catalogue's choices for the pickers, and the route pricing the
 * engine uses, so that the charts' curves are modelled exactly as the results are.
 */
public record ScenarioWorkspace(WorkspaceDatabase database, ScenarioService service, ScenarioChoices choices,
                                RoutePricing pricing) {
    public ScenarioWorkspace {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(pricing, "pricing");
    }
}
