package dev.ratecard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ratecard}: the root of the command line. Subcommands do the work; without one the window opens. */
@Command(name = "ratecard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prices LLM usage exactly and compares direct, gateway and self-hosted routes.",
        subcommands = {ImportCommand.class, CostCommand.class, UsageCommand.class, ReconcileCommand.class,
                BatchesCommand.class, PricesCommand.class, ScenarioCommand.class, ReportCommand.class})
public final class RatecardCommand implements Runnable {

    /** Exit code for input the user gave that Ratecard cannot use (bad file, unmatched models). */
    public static final int EXIT_BAD_INPUT = 1;
    /** Exit code for a wrong command line (picocli's convention). */
    public static final int EXIT_BAD_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        return new CommandLine(new RatecardCommand()).setExecutionExceptionHandler(new FailureHandler());
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
