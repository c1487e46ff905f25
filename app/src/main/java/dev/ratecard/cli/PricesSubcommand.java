package dev.ratecard.cli;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What the {@code prices} commands share: the library through their parent, and one way of ending. Bad input (an
 * unknown model or sheet, a file that does not read) prints why on the error stream and exits 1; a wrong command
 * line is picocli's, exit 2.
 */
abstract class PricesSubcommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    PricesCommand prices;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--json", description = "Write JSON for scripts instead of text.")
    boolean json;

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            execute(spec.commandLine().getOut());
            return CommandLine.ExitCode.OK;
        } catch (BadInputException bad) {
            err.println("ratecard: " + bad.getMessage());
        } catch (ImportException unreadable) {
            err.println("ratecard: the sheet could not be read:");
            unreadable.issues().stream().map(ImportIssue::describe).forEach(issue -> err.println("  " + issue));
        } catch (IOException io) {
            err.println("ratecard: " + io.getMessage());
        } finally {
            spec.commandLine().getOut().flush();
            err.flush();
        }
        return RatecardCommand.EXIT_BAD_INPUT;
    }

    abstract void execute(PrintWriter out) throws IOException, ImportException;

    /** A wrong option value is bad usage (exit 2), as picocli reports its own. */
    CommandLine.ParameterException badUsage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
