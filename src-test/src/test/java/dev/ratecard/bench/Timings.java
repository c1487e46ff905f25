package dev.ratecard.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Seconds per round of each variant of one bench run, with best, median and ratios to a baseline. */
final class Timings {
    private final Map<String, List<Double>> seconds = new LinkedHashMap<>();

    void add(String variant, long nanos) {
        seconds.computeIfAbsent(variant, k -> new ArrayList<>()).add(nanos / 1e9);
    }

    double best(String variant) {
        return sorted(variant).getFirst();
    }

    double median(String variant) {
        List<Double> sorted = sorted(variant);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    boolean has(String variant) {
        return seconds.containsKey(variant);
    }

    /** One line per variant: best, median, rows per second at the best. */
    void print(long rows) {
        seconds.keySet().forEach(variant -> System.out.printf(Locale.ROOT,
                "%-44s best %6.2f s  median %6.2f s  %,11.0f rows/s  (rounds: %s)%n", variant, best(variant),
                median(variant), rows / best(variant), format(seconds.get(variant))));
    }

    /** {@code variant} over {@code baseline}, best against best and median against median. */
    void printRatio(String variant, String baseline) {
        System.out.printf(Locale.ROOT, "ratio %s / %s: best %.2f, median %.2f%n", variant, baseline,
                best(variant) / best(baseline), median(variant) / median(baseline));
    }

    private List<Double> sorted(String variant) {
        return seconds.get(variant).stream().sorted().toList();
    }

    private static String format(List<Double> values) {
        return String.join(" ", values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }
}
