package dev.ratecard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a command costs beyond starting a JVM: short commands, whose time is mostly Ratecard's own start, timed as
 * processes against the bare JVM on the same machine ({@code java -version}), all in alternation. Arguments: rounds
 * (default 10).
 *
 * <p>The commands: {@code ratecard --version}; {@code ratecard scenario list} on an empty workspace; {@code ratecard
 * import} of a 1,000-row OpenRouter export into an empty workspace made before the clock starts. They run on the
 * product's class path with a home of their own, which a first command fills before the clock starts, as a user's is
 * after Ratecard's first start.
 */
final class CommandStartBench implements BenchCommand {
    static final String BARE_JVM = "bare JVM (java -version)";
    static final String VERSION = "ratecard --version";
    static final String SCENARIO_LIST = "ratecard scenario list, empty workspace";
    static final String IMPORT = "ratecard import, 1,000 rows";

    @Override
    public String name() {
        return "CommandStartBench";
    }

    @Override
    public void run(List<String> args) throws Exception {
        int rounds = Bench.argument(args, 0, 10);
        Path folder = Files.createTempDirectory("ratecard-start-bench");
        try {
            Path csv = ImportBench.writeExport(folder.resolve("openrouter-activity.csv"), 1_000);
            Path workspace = folder.resolve("workspace.db");
            Bench.runProcess(ratecard(folder, "scenario", "list", "--db", workspace.toString()), null);
            System.out.printf(Locale.ROOT, "%d rounds, java %s%n", rounds, Runtime.version());
            Timings timings = new Timings();
            for (int round = 0; round < rounds; round++) {
                time(timings, BARE_JVM, List.of(java(), "-version"));
                time(timings, VERSION, ratecard(folder, "--version"));
                time(timings, SCENARIO_LIST, ratecard(folder, "scenario", "list", "--db", workspace.toString()));
                Path fresh = folder.resolve("import-" + round + ".db");
                Bench.runProcess(ratecard(folder, "scenario", "list", "--db", fresh.toString()), null);
                time(timings, IMPORT, ratecard(folder, "import", csv.toString(), "--db", fresh.toString(), "--json"));
            }
            for (String variant : List.of(BARE_JVM, VERSION, SCENARIO_LIST, IMPORT)) {
                System.out.printf(Locale.ROOT, "%-42s best %5.3f s  median %5.3f s  beyond the bare JVM (medians) %5.3f s%n",
                        variant, timings.best(variant), timings.median(variant),
                        timings.median(variant) - timings.median(BARE_JVM));
            }
        } finally {
            Bench.deleteTree(folder);
        }
    }

    private static void time(Timings timings, String variant, List<String> command) throws Exception {
        long start = System.nanoTime();
        Bench.runProcess(command, null);
        timings.add(variant, System.nanoTime() - start);
    }

    private static List<String> ratecard(Path folder, String... arguments) {
        List<String> command = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED",
                "-Dratecard.home=" + folder.resolve("home"), "-cp", Bench.productClasspath(), "dev.ratecard.Launcher"));
        command.addAll(List.of(arguments));
        return command;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
