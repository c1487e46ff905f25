package dev.ratecard.cli;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.store.StoreException;
import dev.ratecard.workspace.costing.UnknownPriceSheetException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns what a command threw into a message and an exit code: bad input 1 (with each issue's file, line,
 * column, value and reason), bad usage 2, a workspace that cannot be opened or written 1. Anything else is a
 * fault in Ratecard: its stack trace is printed, so that it can be reported.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        int exit = switch (failure) {
            case BadUsageException usage -> {
                err.println("ratecard: " + usage.getMessage());
                err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
                yield RatecardCommand.EXIT_BAD_USAGE;
            }
            case BadInputException input -> {
                err.println("ratecard: " + input.getMessage());
                input.issues().forEach(issue -> err.println("  " + issue.describe()));
                yield RatecardCommand.EXIT_BAD_INPUT;
            }
            case ImportException unreadable -> {
                err.println("ratecard: cannot read the file");
                unreadable.issues().forEach(issue -> err.println("  " + describe(issue)));
                yield RatecardCommand.EXIT_BAD_INPUT;
            }
            case UnknownPriceSheetException unknown -> {
                err.println("ratecard: " + unknown.getMessage());
                yield RatecardCommand.EXIT_BAD_USAGE;
            }
            case StoreException store -> {
                // Also a workspace that is damaged, another program's, or newer than this Ratecard.
                err.println("ratecard: " + store.getMessage());
                yield RatecardCommand.EXIT_BAD_INPUT;
            }
            default -> {
                err.println("ratecard: unexpected failure, please report it:");
                failure.printStackTrace(err);
                yield CommandLine.ExitCode.SOFTWARE;
            }
        };
        err.flush();
        return exit;
    }

    static String describe(ImportIssue issue) {
        return (issue.isError() ? "error: " : "warning: ") + issue.describe();
    }
}
