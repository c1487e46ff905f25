package dev.ratecard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Arrays;
import java.util.List;

/** {@code ratecard}: the root of the command line. Subcommands do the work; without one the window opens. */
@Command(name = "ratecard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prices LLM usage exactly and compares direct, gateway and self-hosted routes.")
public final class RatecardCommand implements Runnable {

    /** Exit code for input the user gave that Ratecard cannot use (bad file, unmatched models). */
    public static final int EXIT_BAD_INPUT = 1;
    /** Exit code for a wrong command line (picocli's convention). */
    public static final int EXIT_BAD_USAGE = 2;

    /** Every subcommand, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ImportCommand.class, CostCommand.class, UsageCommand.class,
            ReconcileCommand.class, BatchesCommand.class, PricesCommand.class, ScenarioCommand.class, ReportCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line that runs {@code args}: when they start with a subcommand's name, the root with that subcommand
     * alone, since picocli reads the options of every subcommand it is given, by reflection, before it parses anything
     * (about 60 ms of each command's start, {@code docs/benchmarks.md}); otherwise (help, the version, a mistyped
     * name) the root with all of them.
     */
    public static CommandLine commandLine(String... args) {
        return commandLine(CommandLine.defaultFactory(), args);
    }

    /** As {@link #commandLine(String...)}, with the subcommands made by {@code factory}. */
    public static CommandLine commandLine(CommandLine.IFactory factory, String... args) {
        List<Class<?>> named = args.length == 0 ? List.of()
                : SUBCOMMANDS.stream().filter(command -> answersTo(command, args[0])).toList();
        CommandLine root = new CommandLine(new RatecardCommand(), factory);
        for (Class<?> command : named.isEmpty() ? SUBCOMMANDS : named) {
            root.addSubcommand(command);
        }
        return root.setExecutionExceptionHandler(new FailureHandler());
    }

    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    private static boolean answersTo(Class<?> command, String name) {
        Command annotation = command.getAnnotation(Command.class);
        return annotation.name().equals(name) || Arrays.asList(annotation.aliases()).contains(name);
    }
}
