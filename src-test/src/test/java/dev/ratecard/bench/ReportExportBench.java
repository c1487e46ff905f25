package dev.ratecard.bench;

import dev.ratecard.importers.Progress;
import dev.ratecard.report.Report;
import dev.ratecard.report.ReportBuilder;
import dev.ratecard.report.ReportFormat;
import dev.ratecard.report.ReportInput;
import dev.ratecard.report.ReportOptions;
import dev.ratecard.report.export.ReportExporter;
import dev.ratecard.report.inputs.ReportInputs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How long exporting the headline example (docs/scenarios/headline-qwen72b-100m.json) takes, as PDF and as XLSX
 * (target: under 2 s each), against baselines in the same run:
 * <ul>
 *   <li><b>cold</b>: {@code ratecard report … --format pdf|xlsx} as a new process, what a user of the command line
 *       waits for; baseline {@code ratecard --version}, the cost of starting the JVM and the command line at all;</li>
 *   <li><b>warm</b>: the same export in a running app (read, evaluate, build, write), what the desktop app's second
 *       export costs; baseline the same without writing any file (read, evaluate, build the model).</li>
 * </ul>
 * Prints the best and the median of each. Run from the repository root, on a quiet machine:
 * <pre>./mvnw -Pbench -pl src-test -am verify -Dbench=ReportExportBench</pre>
 */
final class ReportExportBench implements BenchCommand {
    private static final Path HEADLINE = Path.of("docs/scenarios/headline-qwen72b-100m.json");
    private static final LocalDate DATE = LocalDate.parse("2026-11-25");
    private static final int COLD_RUNS = 7;
    private static final int WARM_UP = 5;
    private static final int WARM_RUNS = 15;

    @Override
    public String name() {
        return "ReportExportBench";
    }

    @Override
    public void run(List<String> args) throws Exception {
        Path out = Files.createTempDirectory("ratecard-report-bench");
        // The figures mean little on a busy machine; say how busy it was.
        System.out.printf(Locale.ROOT, "load average at the start: %.2f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-44s %10s %10s%n", "what (headline example)", "best ms", "median ms");
        print("cold: ratecard --version (baseline)", cold(out, List.of("--version")));
        for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.XLSX)) {
            print("cold: ratecard report --format " + format.key(), cold(out, List.of("report", HEADLINE.toString(),
                    "--format", format.key(), "--out", out.resolve("cold." + format.extension()).toString(), "--date", DATE.toString())));
        }
        ReportInputs inputs = ReportInputs.bundled(Optional.empty());
        print("warm: read, evaluate, build (baseline)", warm(() -> build(inputs)));
        for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.XLSX)) {
            Path target = out.resolve("warm." + format.extension());
            print("warm: read, evaluate, build, write " + format.key(),
                    warm(() -> new ReportExporter().export(build(inputs), format, target, Progress.NONE)));
        }
        System.out.printf(Locale.ROOT, "load average at the end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    @FunctionalInterface
    private interface Run {
        void once() throws Exception;
    }

    private static Report build(ReportInputs inputs) throws Exception {
        ReportInput headline = inputs.file(HEADLINE);
        return ReportBuilder.bundled().build(List.of(headline), Optional.empty(), ReportOptions.all(DATE));
    }

    private static long[] warm(Run run) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            run.once();
        }
        long[] millis = new long[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long start = System.nanoTime();
            run.once();
            millis[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
        return millis;
    }

    private static long[] cold(Path out, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Bench.productClasspath(), "dev.ratecard.Launcher"));
        command.addAll(arguments);
        long[] millis = new long[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.resolve("process.log").toFile());
            builder.environment().put("RATECARD_DB", out.resolve("no-workspace.db").toString());
            long start = System.nanoTime();
            Process process = builder.start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", arguments) + " failed: " + Files.readString(out.resolve("process.log")));
            }
            millis[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
        return millis;
    }

    private static void print(String what, long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-44s %10d %10d%n", what, sorted[0], sorted[sorted.length / 2]);
    }
}
