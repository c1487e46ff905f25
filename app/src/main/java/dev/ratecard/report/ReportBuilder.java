package dev.ratecard.report;

import dev.ratecard.chart.ScenarioCharts;
import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.Finding;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.Staffing;
import dev.ratecard.workspace.scenarios.SelfHostDefaults;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Builds the {@link Report} of one or more evaluated scenarios and the workspace's stored usage. Pure: no I/O. */
public final class ReportBuilder {
    private final Staffing defaultEngineer;

    /**
     * @param defaultEngineer whom gateway fees are weighed against when no option of a scenario has staff
     */
    public ReportBuilder(Staffing defaultEngineer) {
        this.defaultEngineer = Objects.requireNonNull(defaultEngineer, "defaultEngineer");
    }

    /** One full-time engineer at the bundled loaded salary, with its citation. */
    public static ReportBuilder bundled() {
        SelfHostDefaults.Entry salary = SelfHostDefaults.bundled().get("engineer.loaded_salary_usd_per_year").orElseThrow();
        return new ReportBuilder(new Staffing(BigDecimal.ONE, salary.value(), salary.citation()));
    }

    public Report build(List<ReportInput> inputs, Optional<UsageBasis> usage, ReportOptions options) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one scenario");
        }
        List<ScenarioReport> scenarios = inputs.stream().map(input -> scenario(input, options)).toList();
        List<String> names = scenarios.stream().map(ScenarioReport::name).toList();
        String heading = names.size() == 1 ? names.getFirst() : "Comparison of " + names.size() + " scenarios";
        String period = usage.map(u -> "stored usage " + u.period()).orElse("no usage stored in the workspace");
        ReportTitle title = new ReportTitle(heading, names, period, options.date(), Money.USD);
        return new Report(title, options, scenarios, usage.map(UsageTables::of),
                usage.map(Caveats::of).orElse(List.of()));
    }

    private ScenarioReport scenario(ReportInput input, ReportOptions options) {
        ScenarioResult result = input.result();
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(GatewayFeeFindings.of(result, defaultEngineer));
        return new ScenarioReport(result.scenario().name(), result.scenario().description(), input.origin(),
                Summaries.of(result), ComparisonTables.comparison(result), ComparisonTables.breakdown(result),
                BreakEvenTables.breakEven(result), BreakEvenTables.sensitivity(result), ProjectionTables.projection(result),
                ProjectionTables.payback(result), ScenarioCharts.all(result), findings,
                AssumptionTables.parameters(result.scenario()), AssumptionTables.workload(input),
                Caveats.of(result, options.date()));
    }
}
