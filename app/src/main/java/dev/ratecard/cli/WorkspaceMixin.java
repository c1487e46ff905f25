package dev.ratecard.cli;

import dev.ratecard.store.DatabaseLocation;
import dev.ratecard.store.WorkspaceDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What the workspace commands share: {@code --db FILE} (else {@code RATECARD_DB}, else the data folder's
 * default), the command's output streams, and reporting bad input with exit code 1.
 */
final class WorkspaceMixin {
    @Option(names = "--db", paramLabel = "FILE", description = "Workspace database (default: $RATECARD_DB, else the data folder's).")
    Path database;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    WorkspaceDatabase open() {
        return WorkspaceDatabase.open(DatabaseLocation.resolve(database));
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints {@code ratecard: message} and returns the bad-input exit code. */
    int badInput(String message) {
        spec.commandLine().getErr().println("ratecard: " + message);
        spec.commandLine().getErr().flush();
        return RatecardCommand.EXIT_BAD_INPUT;
    }
}
