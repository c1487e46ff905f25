package dev.ratecard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the bench commands share: their numeric arguments, temporary folders cleaned up after them, the class path a
 * user's Ratecard runs on.
 */
final class Bench {
    private Bench() {
    }

    /**
     * The class path of the product and its runtime libraries, as the bench profile passes it; the bench's own (with
     * the test libraries) when run otherwise. A process timed as {@code ratecard} runs on it.
     */
    static String productClasspath() {
        String product = System.getProperty("bench.productClasspath", "");
        return product.isBlank() ? System.getProperty("java.class.path") : product;
    }

    /** Runs {@code command} with {@code input} (or none) on its standard input; its output, once it exited with 0. */
    static String runProcess(List<String> command, String input) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    /**
     * Writes every file's pending data to disk before a timed run, so that the kernel's writing back of what an earlier
     * run (or the generated input) left in memory cannot land inside the next run's time, whichever program that is:
     * each run then starts with nothing of the others' left to write.
     */
    static void settleDisk() throws Exception {
        runProcess(List.of("sync"), null);
    }

    /** The bench command's {@code index}-th argument as a number, or {@code fallback} when it was not given. */
    static int argument(List<String> args, int index, int fallback) {
        return args.size() > index ? Integer.parseInt(args.get(index)) : fallback;
    }

    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
