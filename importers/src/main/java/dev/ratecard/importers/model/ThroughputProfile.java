package dev.ratecard.importers.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measured serving throughput: {@code model} on {@code gpuCount} × {@code gpu} with {@code engine}, at
 * {@code inputTokens}/{@code outputTokens} per request and {@code concurrency}, emits
 * {@code outputTokensPerSecond} for the whole replica.
 *
 * @param workload  how the load was made (e.g. "synthetic", "ShareGPT"); benchmarks run on a dataset have
 *                  no fixed lengths, so {@code inputTokens}, {@code outputTokens} and {@code concurrency}
 *                  are {@code null} when the source does not state them
 * @param ttftMs    time to first token at that load, or {@code null} if not published
 * @param authority official, open dataset, secondary … as the source is labelled
 * @param proxyFor  the model this figure stands in for when it was measured on a similar one
 *                  (Qwen2.5-72B ≈ Llama-3.1-70B), or {@code null}
 */
public record ThroughputProfile(String id, String model, String engine, String engineVersion, String precision,
                                String gpu, int gpuCount, String workload, Integer inputTokens, Integer outputTokens,
                                Integer concurrency,
                                BigDecimal outputTokensPerSecond, BigDecimal ttftMs, String authority,
                                String proxyFor, Provenance provenance) {
    public ThroughputProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(gpu, "gpu");
        Objects.requireNonNull(outputTokensPerSecond, "outputTokensPerSecond");
        Objects.requireNonNull(provenance, "provenance");
        if (outputTokensPerSecond.signum() <= 0) {
            throw new IllegalArgumentException("throughput must be positive: " + outputTokensPerSecond.toPlainString());
        }
        requirePositiveIfKnown(inputTokens, "inputTokens");
        requirePositiveIfKnown(outputTokens, "outputTokens");
        requirePositiveIfKnown(concurrency, "concurrency");
        if (gpuCount < 1) {
            throw new IllegalArgumentException("gpuCount must be at least 1: " + gpuCount);
        }
    }

    private static void requirePositiveIfKnown(Integer value, String what) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1: " + value);
        }
    }
}
