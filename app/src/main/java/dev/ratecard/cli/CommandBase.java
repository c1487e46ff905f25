package dev.ratecard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** What every Ratecard command has: {@code --json}, and the streams picocli gives it (never System.out itself). */
abstract class CommandBase implements Callable<Integer> {
    @Option(names = "--json", description = "Print the result as JSON (money as exact decimal strings).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
