package dev.ratecard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ratecard scenario}: run, keep and hand out scenarios (docs/formats/scenario.md). */
@Command(name = "scenario",
        mixinStandardHelpOptions = true,
        description = "Compare direct APIs, gateways and self-hosting for a workload: monthly costs, break-even "
                + "volumes, sensitivity and findings.",
        subcommands = {ScenarioRunCommand.class, ScenarioListCommand.class, ScenarioSaveCommand.class,
                ScenarioExportCommand.class})
public final class ScenarioCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
