package dev.ratecard.bench;

import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs the benchmarks whose class names match a regular expression: the JMH ones (in-process code paths,
 * each compared with a baseline in the same run) and the bench commands (whole processes, e.g. an import
 * against the sqlite3 shell). Figures go to docs/benchmarks.md with the command that produced them.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Pattern selection = Pattern.compile(args.length == 0 ? ".*" : args[0]);
        boolean ranCommand = false;
        for (BenchCommand command : BenchCommands.all()) {
            if (selection.matcher(command.name()).find()) {
                System.out.println("== " + command.name());
                command.run(List.of(args).subList(Math.min(1, args.length), args.length));
                ranCommand = true;
            }
        }
        runJmh(selection.pattern(), ranCommand);
    }

    private static void runJmh(String include, boolean ranCommand) throws RunnerException {
        try {
            // JMH's own filter is also a regular expression over benchmark names.
            new Runner(new OptionsBuilder().include(include).shouldFailOnError(true).build()).run();
        } catch (NoBenchmarksException noneMatched) {
            if (!ranCommand) {
                throw noneMatched;
            }
        }
    }
}
