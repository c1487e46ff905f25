package dev.ratecard.report;

import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.UsageProfile;
import dev.ratecard.scenario.Workload;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.WorkloadDocument;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluated scenario going into a report, with the usage lines behind its workload (the scenario's condensed
 * month keeps only their sum) and where it came from.
 *
 * @param origin e.g. {@code file headline.json} or {@code saved scenario "Q3 plan"}
 */
public record ReportInput(ScenarioResult result, List<UsageProfile.Line> workloadLines, String origin) {
    public ReportInput {
        Objects.requireNonNull(result, "result");
        workloadLines = List.copyOf(workloadLines);
        origin = ReportText.clean(Objects.requireNonNull(origin, "origin"));
    }

    /** The lines of a {@code usage} workload as the file lists them; a synthetic workload is one line. */
    public static ReportInput of(ScenarioDocument document, ScenarioResult result, String origin) {
        return new ReportInput(result, lines(document.workload(), result.scenario().workload()), origin);
    }

    private static List<UsageProfile.Line> lines(WorkloadDocument document, Workload workload) {
        return switch (document) {
            case WorkloadDocument.Synthetic s -> List.of(new UsageProfile.Line(workload.model(), "synthetic",
                    workload.monthly(), null));
            case WorkloadDocument.Usage u -> u.lines().stream().map(l -> new UsageProfile.Line(l.model(), l.route(),
                    counts(l.monthly()), l.batchMonthly() == null ? null : counts(l.batchMonthly()))).toList();
        };
    }

    private static BucketCounts counts(Map<String, Long> byKey) {
        BucketCounts.Builder counts = BucketCounts.builder();
        byKey.forEach((key, count) -> UsageBucket.fromKey(key).ifPresent(bucket -> counts.set(bucket, count)));
        return counts.build();
    }
}
