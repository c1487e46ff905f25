package dev.ratecard.report;

import dev.ratecard.chart.ChartSpec;
import dev.ratecard.scenario.Finding;

import java.util.List;
import java.util.Objects;

/**
 * Everything a report says about one scenario. Every part is there whatever sections were chosen; writers show
 * the ones {@link ReportOptions#sections()} names.
 *
 * @param findings the engine's findings and the report's own (gateway fees against an engineer), in plain words
 * @param charts   cost over volume, monthly cost broken down, the sensitivity tornado (when there is a table), the
 *                 projection
 */
public record ScenarioReport(String name, String description, String origin, Summary summary, ReportTable comparison,
                             ReportTable breakdown, ReportTable breakEven, ReportTable sensitivity, ReportTable projection,
                             ReportTable payback, List<ChartSpec> charts, List<Finding> findings, ReportTable assumptions,
                             ReportTable workload, List<Caveat> caveats) {
    public ScenarioReport {
        name = ReportText.clean(name);
        description = ReportText.clean(description);
        origin = ReportText.clean(origin);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(breakEven, "breakEven");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(payback, "payback");
        charts = List.copyOf(charts);
        findings = findings.stream().map(f -> new Finding(ReportText.clean(f.kind()), ReportText.clean(f.text()))).toList();
        Objects.requireNonNull(assumptions, "assumptions");
        Objects.requireNonNull(workload, "workload");
        caveats = List.copyOf(caveats);
    }
}
