package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * One-at-a-time sensitivity: for each input, the scenario with that input at its low value and at its high value,
 * everything else at base. Only the subject and the baseline are modelled again, so a row costs at most two
 * option models and one break-even search. Made for one evaluation: it keeps the options it models under each
 * change, since the baseline's changes recur in every option's table.
 */
final class SensitivityAnalysis {
    private final OptionModeler modeler;
    private final BreakEvenFinder finder;
    /** Options modelled under a change, for the length of one evaluation. */
    private final Map<Remodel, ModeledOption> remodelled = new HashMap<>();

    SensitivityAnalysis(OptionModeler modeler, BreakEvenFinder finder) {
        this.modeler = modeler;
        this.finder = finder;
    }

    SensitivityTable table(Scenario scenario, Map<String, ModeledOption> base, String subject, String baseline,
                           List<SensitivityInput> inputs) {
        Workload workload = scenario.workload();
        BigDecimal volume = BigDecimal.valueOf(workload.totalTokens());
        ModeledOption s = base.get(subject);
        ModeledOption b = base.get(baseline);
        List<SensitivityTable.Row> rows = new ArrayList<>(inputs.size());
        for (SensitivityInput input : inputs) {
            Case low = evaluate(scenario, base, subject, baseline, input.low());
            Case high = evaluate(scenario, base, subject, baseline, input.high());
            rows.add(new SensitivityTable.Row(input.name(), input.source(), values(input.low()), values(input.high()),
                    low.subjectMonthly, high.subjectMonthly, low.baselineMonthly, high.baselineMonthly,
                    low.breakEven, high.breakEven));
        }
        rows.sort(Comparator.comparing(SensitivityAnalysis::swing).reversed());
        return new SensitivityTable(subject, baseline, Money.usd(s.cost().at(volume)), Money.usd(b.cost().at(volume)),
                finder.find(s.costed(), b.costed()), rows);
    }

    private record Case(Money subjectMonthly, Money baselineMonthly, BreakEven breakEven) {
    }

    private Case evaluate(Scenario scenario, Map<String, ModeledOption> base, String subject, String baseline,
                          List<SensitivityInput.Setting> settings) {
        Scenario changed = scenario;
        boolean workloadChanged = false;
        for (SensitivityInput.Setting setting : settings) {
            if (setting.option() == null) {
                changed = changed.withWorkload(ParameterAccess.apply(setting.parameter(), changed.workload(), setting.value()));
                workloadChanged = true;
            } else {
                changed = changed.withOption(ParameterAccess.apply(setting.parameter(), changed.option(setting.option()),
                        setting.value()));
            }
        }
        ModeledOption s;
        ModeledOption b;
        if (needsAll(changed, subject, baseline)) {
            Map<String, ModeledOption> models = modeler.modelAll(changed.options(), changed.workload());
            s = models.get(subject);
            b = models.get(baseline);
        } else {
            s = remodel(changed, base, subject, settings, workloadChanged);
            b = remodel(changed, base, baseline, settings, workloadChanged);
        }
        BigDecimal volume = BigDecimal.valueOf(changed.workload().totalTokens());
        return new Case(Money.usd(s.cost().at(volume)), Money.usd(b.cost().at(volume)), finder.find(s.costed(), b.costed()));
    }

    private static boolean needsAll(Scenario scenario, String subject, String baseline) {
        return scenario.option(subject) instanceof OptionSpec.Mix || scenario.option(baseline) instanceof OptionSpec.Mix;
    }

    /**
     * The option under the changed inputs: modelled again only if a setting touches it or the workload; the same
     * change of the baseline recurs in every option's table, so it is modelled once and kept.
     */
    private ModeledOption remodel(Scenario changed, Map<String, ModeledOption> base, String id,
                                  List<SensitivityInput.Setting> settings, boolean workloadChanged) {
        boolean touched = workloadChanged || settings.stream().anyMatch(s -> id.equals(s.option()));
        if (!touched) {
            return base.get(id);
        }
        return remodelled.computeIfAbsent(new Remodel(id, settings),
                key -> modeler.model(changed.option(id), changed.workload(), base));
    }

    private record Remodel(String option, List<SensitivityInput.Setting> settings) {
    }

    private static String values(List<SensitivityInput.Setting> settings) {
        return settings.stream().map(s -> s.value().toPlainString()).collect(Collectors.joining(" / "));
    }

    /** How far a row moves the sustained break-even; a side that never breaks even counts as furthest. */
    private static BigDecimal swing(SensitivityTable.Row row) {
        OptionalLong low = sustained(row.low());
        OptionalLong high = sustained(row.high());
        if (low.isPresent() != high.isPresent()) {
            return BigDecimal.valueOf(Long.MAX_VALUE);
        }
        if (low.isEmpty()) {
            return row.subjectHigh().amount().subtract(row.subjectLow().amount()).abs().movePointLeft(12);
        }
        return BigDecimal.valueOf(Math.abs(high.getAsLong() - low.getAsLong()));
    }

    static OptionalLong sustained(BreakEven be) {
        return be instanceof BreakEven.Sustained s ? OptionalLong.of(s.sustained()) : OptionalLong.empty();
    }
}
