package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.Finding;
import dev.ratecard.scenario.ModeledOption;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.ScenarioResult;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the results side of the screen shows for one evaluation, worked out off the UI thread: the
 * findings, the four charts and the two tables. The view only draws it.
 */
record ScenarioFigures(ScenarioResult result, KeyFigures key, CostCurveFigure curves, MonthlyBars monthly,
                       TornadoFigure tornado, ProjectionFigure projection, List<BreakEvenRow> breakEvens,
                       List<OptionBreakdown> breakdown) {
    ScenarioFigures {
        Objects.requireNonNull(result, "result");
        breakEvens = List.copyOf(breakEvens);
        breakdown = List.copyOf(breakdown);
    }

    /** @param models the result's options modelled as the engine models them, for the staircases' exact steps */
    static ScenarioFigures of(ScenarioResult result, Map<String, ModeledOption> models) {
        Function<String, String> names = id -> result.options().stream().filter(o -> o.id().equals(id))
                .map(OptionResult::name).findFirst().orElse(id);
        return new ScenarioFigures(result, KeyFigures.of(result, names), CostCurves.figure(result, models, names),
                MonthlyBars.of(result), TornadoFigure.of(result, names), ProjectionFigure.of(result, names),
                BreakEvenRow.of(result, names), OptionBreakdown.of(result));
    }

    List<Finding> findings() {
        return result.findings();
    }
}
