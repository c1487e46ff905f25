package dev.ratecard.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A comparison report: the one model the PDF, XLSX and CSV writers all write. Built by {@link ReportBuilder} from
 * evaluated scenarios and the workspace's usage; its figures are the engine's, exact, rounded only by the writers.
 *
 * @param workspaceUsage the usage stored in the workspace, reported and recomputed; empty when there is none
 * @param caveats        caveats of the workspace's usage (each scenario carries its own)
 */
public record Report(ReportTitle title, ReportOptions options, List<ScenarioReport> scenarios,
                     Optional<ReportTable> workspaceUsage, List<Caveat> caveats) {
    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(options, "options");
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one scenario");
        }
        Objects.requireNonNull(workspaceUsage, "workspaceUsage");
        caveats = List.copyOf(caveats);
    }

    public boolean includes(ReportSection section) {
        return options.includes(section);
    }
}
