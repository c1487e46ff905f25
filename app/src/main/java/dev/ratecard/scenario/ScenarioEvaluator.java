package dev.ratecard.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code evaluate(scenario) → result}: one pure call that prices every option at the current volume, draws the
 * curves, finds every pair's break-even, projects, runs the sensitivity and writes the findings. Nothing is
 * cached between calls; the screen calls it again on every edit.
 */
public final class ScenarioEvaluator {
    private final OptionModeler modeler;
    private final BreakEvenFinder finder = new BreakEvenFinder();
    private final Projector projector = new Projector();
    private final Findings findings = new Findings(finder);

    public ScenarioEvaluator(RoutePricing routes) {
        this.modeler = new OptionModeler(Objects.requireNonNull(routes, "routes"));
    }

    public ScenarioResult evaluate(Scenario scenario) {
        Workload workload = scenario.workload();
        Map<String, ModeledOption> models = modeler.modelAll(scenario.options(), workload);
        List<OptionResult> results = models.values().stream().map(m -> OptionResults.at(m, workload)).toList();
        Focus focus = focus(scenario, results);
        List<PairBreakEven> pairs = breakEvens(models);
        Projection projection = projector.project(scenario, models, focus.baseline());
        List<SensitivityTable> tables = sensitivityTables(scenario, models, focus);
        List<Finding> written = findings.write(scenario, models, results, pairs, focus, projection, tables);
        return new ScenarioResult(scenario, focus, results, curves(scenario.grid(), models), pairs, projection, tables,
                written);
    }

    /** The subject defaults to the first self-hosted option, the baseline to the cheapest other option now. */
    private static Focus focus(Scenario scenario, List<OptionResult> results) {
        String subject = scenario.focus().subject();
        if (subject == null) {
            subject = results.stream().filter(r -> r.kind().hostsTheModel()).map(OptionResult::id).findFirst()
                    .orElse(results.getFirst().id());
        }
        String baseline = scenario.focus().baseline();
        if (baseline == null) {
            String s = subject;
            baseline = results.stream().filter(r -> !r.id().equals(s)).min(Comparator.comparing(OptionResult::monthly))
                    .map(OptionResult::id).orElse(null);
        }
        return new Focus(subject, baseline);
    }

    private List<PairBreakEven> breakEvens(Map<String, ModeledOption> models) {
        List<ModeledOption> all = List.copyOf(models.values());
        List<PairBreakEven> pairs = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                ModeledOption a = all.get(i);
                ModeledOption b = all.get(j);
                pairs.add(new PairBreakEven(a.spec().id(), b.spec().id(), finder.find(a.costed(), b.costed())));
            }
        }
        return pairs;
    }

    /**
     * One table per option against the baseline. The focus subject's table uses the scenario's own inputs when it
     * lists any; every other table, and the focus table otherwise, varies every input of the pair and the workload.
     */
    private List<SensitivityTable> sensitivityTables(Scenario scenario, Map<String, ModeledOption> models, Focus focus) {
        if (focus.baseline() == null) {
            return List.of();
        }
        List<SensitivityTable> tables = new ArrayList<>();
        SensitivityAnalysis sensitivity = new SensitivityAnalysis(modeler, finder);
        OptionSpec baseline = scenario.option(focus.baseline());
        for (OptionSpec subject : scenario.options()) {
            if (subject.id().equals(baseline.id())) {
                continue;
            }
            List<SensitivityInput> inputs = subject.id().equals(focus.subject()) && !scenario.sensitivity().isEmpty()
                    ? scenario.sensitivity() : SensitivityInputs.every(scenario, subject, baseline);
            SensitivityTable table = sensitivity.table(scenario, models, subject.id(), baseline.id(), inputs);
            if (subject.id().equals(focus.subject())) {
                tables.addFirst(table);
            } else {
                tables.add(table);
            }
        }
        return tables;
    }

    private static Curves curves(VolumeGrid grid, Map<String, ModeledOption> models) {
        double[] volumes = grid.volumes();
        List<Curves.Curve> curves = new ArrayList<>(models.size());
        for (ModeledOption m : models.values()) {
            double[] cost = new double[volumes.length];
            for (int i = 0; i < volumes.length; i++) {
                cost[i] = m.cost().atDouble(volumes[i]);
            }
            curves.add(new Curves.Curve(m.spec().id(), cost));
        }
        return new Curves(volumes, curves);
    }
}
