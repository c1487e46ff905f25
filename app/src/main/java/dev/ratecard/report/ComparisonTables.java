package dev.ratecard.report;

import dev.ratecard.chart.CostCategoryNames;
import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.CostLine;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.ScenarioResult;

import java.util.Comparator;

/** The comparison of a scenario's options at the workload's volume, and each option's cost line by line. */
final class ComparisonTables {
    private ComparisonTables() {
    }

    /**
     * One row per option: monthly cost, the difference from the baseline (negative: cheaper), effective costs per 1M
     * tokens and, for self-hosted options, replicas and utilisation.
     */
    static ReportTable comparison(ScenarioResult result) {
        OptionResult baseline = baseline(result);
        ReportTable.Builder table = new ReportTable.Builder("comparison",
                "Monthly cost at the current volume, against " + baseline.name(),
                Column.of("Option", 2.6f), Column.of("Kind", 1.4f), Column.of("Serves", 2), Column.of("Per month", 1.5f),
                Column.of("Against baseline", 1.5f), Column.of("Per 1M tokens", 1.2f), Column.of("Per 1M output tokens", 1.3f),
                Column.of("Replicas", 1.2f), Column.of("Utilisation", 1.6f),
                Column.detail("Per year"), Column.detail("Marginal per 1M tokens"), Column.detail("Option id"));
        for (OptionResult o : result.options()) {
            table.row(Cell.text(o.name()), Cell.text(Labels.kind(o.kind())),
                    Cell.text(o.servedModel() + (o.substitution() ? " (substitute)" : "")),
                    Cell.amount(o.monthly()), Cell.amount(o.monthly().minus(baseline.monthly())),
                    Cell.unitCost(o.perMillionTokens()), Cell.unitCost(o.perMillionOutput()),
                    Cell.decimal(o.replicas()), Cell.percent(o.utilisation()),
                    Cell.amount(o.monthly().times(12)),
                    Cell.unitCost(o.marginalPerMillion() == null ? null : Money.usd(o.marginalPerMillion())),
                    Cell.text(o.id()));
        }
        return table.build();
    }

    /** Every line of every option's monthly cost: tokens by bucket, fees, GPUs, engineer, fixed costs. */
    static ReportTable breakdown(ScenarioResult result) {
        ReportTable.Builder table = new ReportTable.Builder("breakdown", "What each option's monthly cost is made of",
                Column.of("Option", 2.6f), Column.of("Cost", 1.6f), Column.of("Line", 4.4f), Column.of("Per month", 1.4f),
                Column.of("Units bought", 1), Column.detail("Source"));
        for (OptionResult o : result.options()) {
            for (CostLine line : o.breakdown()) {
                table.row(Cell.text(o.name()), Cell.text(CostCategoryNames.of(line.category())), Cell.text(line.label()),
                        Cell.amount(line.amount()), Cell.count(line.steps()), Cell.text(line.source()));
            }
        }
        return table.build();
    }

    /** The focus baseline, else the cheapest option. */
    static OptionResult baseline(ScenarioResult result) {
        String id = result.focus().baseline();
        return id != null ? result.option(id)
                : result.options().stream().min(Comparator.comparing(OptionResult::monthly)).orElseThrow();
    }
}
