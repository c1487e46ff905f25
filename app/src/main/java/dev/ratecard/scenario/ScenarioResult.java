package dev.ratecard.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@link ScenarioEvaluator} works out for a scenario.
 *
 * @param focus the subject and baseline the sensitivity and the main findings are about, defaults filled in
 */
public record ScenarioResult(Scenario scenario, Focus focus, List<OptionResult> options, Curves curves,
                             List<PairBreakEven> breakEvens, Projection projection, List<SensitivityTable> sensitivity,
                             List<Finding> findings) {
    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(focus, "focus");
        options = List.copyOf(options);
        breakEvens = List.copyOf(breakEvens);
        sensitivity = List.copyOf(sensitivity);
        findings = List.copyOf(findings);
    }

    public OptionResult option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    /** The break-even of two options, in either order. */
    public BreakEven breakEven(String a, String b) {
        return ResultLookup.breakEven(breakEvens, a, b);
    }
}
