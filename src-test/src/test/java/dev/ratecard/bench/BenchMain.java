package dev.ratecard.bench;

import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.io.InputStream;
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
        for (BenchCommand command : BenchCommands.all()) {
            if (selection.matcher(command.name()).find()) {
                System.out.println("== " + command.name());
                command.run(List.of(args).subList(Math.min(1, args.length), args.length));
            }
        }
        if (anyJmhBenchmark(selection)) {
            runJmh(selection.pattern());
        }
    }

    private static void runJmh(String include) throws RunnerException {
        // JMH's own filter is also a regular expression over benchmark names.
        new Runner(new OptionsBuilder().include(include).shouldFailOnError(true).build()).run();
    }

    /** JMH refuses a selection that names no JMH benchmark, so a selection of bench commands only skips it. */
    private static boolean anyJmhBenchmark(Pattern selection) throws IOException {
        try (InputStream list = BenchMain.class.getResourceAsStream("/" + BenchmarkList.BENCHMARK_LIST)) {
            return list != null && BenchmarkList.readBenchmarkList(list).stream()
                    .anyMatch(entry -> selection.matcher(entry.getUsername()).find());
        }
    }
}
