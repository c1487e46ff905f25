package dev.ratecard.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A workload and the options to compare for it, with every reference resolved: what {@link ScenarioEvaluator} evaluates.
 *
 * @param assumptions defaults taken for the workload itself, as {@code "input: citation"} (see {@link Sources})
 */
public record Scenario(String name, String description, Workload workload, List<OptionSpec> options, Focus focus,
                       VolumeGrid grid, ProjectionSettings projection, List<SensitivityInput> sensitivity,
                       SensitivityDefaults sensitivityDefaults, List<String> assumptions) {

    public Scenario(String name, String description, Workload workload, List<OptionSpec> options, Focus focus,
                    VolumeGrid grid, ProjectionSettings projection, List<SensitivityInput> sensitivity,
                    SensitivityDefaults sensitivityDefaults) {
        this(name, description, workload, options, focus, grid, projection, sensitivity, sensitivityDefaults, List.of());
    }

    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(workload, "workload");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new InvalidParameterException("options", 0, "a scenario needs at least one option");
        }
        Set<String> ids = new HashSet<>();
        for (OptionSpec option : options) {
            if (!ids.add(option.id())) {
                throw new InvalidParameterException("options.id", option.id(), "two options have this id");
            }
        }
        focus = focus == null ? Focus.DEFAULT : focus;
        for (String id : new String[] {focus.subject(), focus.baseline()}) {
            if (id != null && !ids.contains(id)) {
                throw new InvalidParameterException("focus", id, "no option of the scenario has this id");
            }
        }
        grid = grid == null ? VolumeGrid.DEFAULT : grid;
        projection = projection == null ? ProjectionSettings.DEFAULT : projection;
        sensitivity = sensitivity == null ? List.of() : List.copyOf(sensitivity);
        sensitivityDefaults = sensitivityDefaults == null ? SensitivityDefaults.NONE : sensitivityDefaults;
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    }

    public OptionSpec option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("option", id, "no option of the scenario has this id"));
    }

    public Scenario withWorkload(Workload w) {
        return new Scenario(name, description, w, options, focus, grid, projection, sensitivity, sensitivityDefaults, assumptions);
    }

    public Scenario withOption(OptionSpec replacement) {
        List<OptionSpec> replaced = options.stream()
                .map(o -> o.id().equals(replacement.id()) ? replacement : o).toList();
        return new Scenario(name, description, workload, replaced, focus, grid, projection, sensitivity, sensitivityDefaults,
                assumptions);
    }
}
