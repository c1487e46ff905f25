package dev.ratecard.report;

import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.scenario.OptionSpec;
import dev.ratecard.scenario.Parameter;
import dev.ratecard.scenario.ParameterAccess;
import dev.ratecard.scenario.Scenario;
import dev.ratecard.scenario.Sources;
import dev.ratecard.scenario.UsageProfile;
import dev.ratecard.scenario.Workload;

/** Every input of a scenario with its value and where it came from, and the usage lines behind its workload. */
final class AssumptionTables {
    private AssumptionTables() {
    }

    static ReportTable parameters(Scenario scenario) {
        ReportTable.Builder table = new ReportTable.Builder("assumptions", "Every input, its value and its source",
                Column.of("Applies to", 2.1f), Column.of("Input", 2.1f), Column.of("Value", 1.7f), Column.of("Unit", 1.7f),
                Column.of("Source", 5.2f));
        Workload w = scenario.workload();
        Cell workload = Cell.text("workload");
        String volumeSource = w.label().startsWith("synthetic") ? ParameterSources.SCENARIO : w.label();
        table.row(workload, Cell.text("model"), Cell.text(w.model()), Cell.EMPTY, Cell.text(ParameterSources.SCENARIO));
        table.row(workload, Cell.text("tokens"), Cell.count(w.totalTokens()), Cell.text("per month"), Cell.text(volumeSource));
        table.row(workload, Cell.text("requests"), Cell.count(w.requests()), Cell.text("per month"), Cell.text(volumeSource));
        for (Parameter p : Parameter.values()) {
            if (p.onWorkload()) {
                ParameterAccess.read(p, w).ifPresent(v -> table.row(workload, Cell.text(p.label()), ParameterCells.value(p, v),
                        Cell.text(ParameterCells.unit(p)), Cell.text(p == Parameter.PEAK_TO_AVERAGE
                                ? ParameterSources.workload("peak-to-average", scenario) : volumeSource)));
            }
        }
        for (OptionSpec option : scenario.options()) {
            Cell name = Cell.text(option.name());
            switch (option) {
                case OptionSpec.Api api -> table.row(name, Cell.text("price entry"), Cell.text(api.route().price().model()),
                        Cell.EMPTY, Cell.text(api.route().priceSource()));
                case OptionSpec.SelfHostedGateway gw -> table.row(name, Cell.text("price entry"),
                        Cell.text(gw.route().price().model()), Cell.EMPTY, Cell.text(gw.route().priceSource()));
                case OptionSpec.RentedGpus r -> selfHosted(table, name, r.plan().gpusPerReplica(), r.plan().gpuName(),
                        r.rental().alwaysOn() ? "always on" : "scale to zero", r.plan().throughputSource());
                case OptionSpec.OwnedGpus o -> selfHosted(table, name, o.plan().gpusPerReplica(), o.plan().gpuName(),
                        "owned", o.plan().throughputSource());
                case OptionSpec.Mix m -> m.shares().forEach(s -> table.row(name,
                        Cell.text("share to " + scenario.option(s.option()).name()), Cell.percent(s.share()),
                        Cell.text("of the traffic"), Cell.text(ParameterSources.SCENARIO)));
            }
            for (Parameter p : Parameter.values()) {
                if (!p.onWorkload()) {
                    ParameterAccess.read(p, option).ifPresent(v -> table.row(name, Cell.text(p.label()),
                            ParameterCells.value(p, v), Cell.text(ParameterCells.unit(p)),
                            Cell.text(ParameterSources.of(p, option, scenario))));
                }
            }
        }
        return table.build();
    }

    private static void selfHosted(ReportTable.Builder table, Cell name, int gpus, String gpu, String running, String source) {
        table.row(name, Cell.text("GPUs per replica"), Cell.count((long) gpus), Cell.text("× " + gpu + ", " + running),
                Cell.text(Sources.parts(source).getFirst()));
    }

    /** The usage behind the workload: one line per model and route of a stored month, or the synthetic profile. */
    static ReportTable workload(ReportInput input) {
        ReportTable.Builder table = new ReportTable.Builder("workload",
                "The usage behind the workload: " + input.result().scenario().workload().label(),
                Column.of("Model", 3), Column.of("Route", 1.6f), Column.of("Tokens per month", 1.8f),
                Column.of("Input", 1.6f), Column.of("Output", 1.6f), Column.of("Requests per month", 1.6f),
                Column.of("Batch tokens per month", 1.8f));
        for (UsageProfile.Line line : input.workloadLines()) {
            table.row(Cell.text(line.model()), Cell.text(line.route()), Cell.count(line.monthly().totalTokens()),
                    Cell.count(line.monthly().inputTokens()), Cell.count(line.monthly().outputTokens()),
                    Cell.count(line.monthly().get(UsageBucket.REQUESTS)), Cell.count(line.batchMonthly().totalTokens()));
        }
        return table.build();
    }
}
