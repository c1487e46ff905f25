package dev.ratecard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
