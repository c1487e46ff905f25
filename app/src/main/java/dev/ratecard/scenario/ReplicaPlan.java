package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a self-hosted model is served: replicas of {@code gpusPerReplica} GPUs, each emitting
 * {@code outputTokensPerSecond} (X_out@SLO: measured at the highest load that still meets the latency target,
 * for this input/output length) and run at no more than {@code maxUtilisation} of it at peak.
 *
 * <p>Replicas {@code N = max(N_min, ⌈k_eff · λ̄_out / (X_out · u_max)⌉) + N_redundant}, with
 * {@code λ̄_out = T_out / (730 · 3600)} and {@code k_eff = k · (1 − b) + b}: batch traffic ({@code b}) can be
 * spread over the month, so only the interactive part needs peak capacity.
 *
 * @param gpuName               e.g. "H100 SXM", for labels
 * @param throughputSource      where X_out comes from (a throughput profile, a benchmark, the user)
 * @param measuredInputTokens   prompt length X_out was measured at, or {@code null} if unknown
 * @param measuredOutputTokens  output length X_out was measured at, or {@code null} if unknown
 * @param peakFactor            k for this option, or {@code null} to take the workload's peak-to-average ratio
 */
public record ReplicaPlan(int gpusPerReplica, String gpuName, BigDecimal outputTokensPerSecond, String throughputSource,
                          Long measuredInputTokens, Long measuredOutputTokens, BigDecimal peakFactor,
                          BigDecimal maxUtilisation, int minReplicas, int redundantReplicas) {
    public ReplicaPlan {
        Check.positive("gpus_per_replica", gpusPerReplica);
        Objects.requireNonNull(gpuName, "gpuName");
        Check.positive("throughput.output_tokens_per_second", outputTokensPerSecond);
        Objects.requireNonNull(throughputSource, "throughputSource");
        if (peakFactor != null) {
            Check.atLeastOne("peak_factor", peakFactor);
        }
        Check.positive("max_utilisation", maxUtilisation);
        if (maxUtilisation.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidParameterException("max_utilisation", maxUtilisation.toPlainString(), "must be at most 1");
        }
        Check.nonNegative("min_replicas", minReplicas);
        Check.nonNegative("redundant_replicas", redundantReplicas);
    }

    public BigDecimal peakFactorFor(Workload workload) {
        return peakFactor != null ? peakFactor : workload.peakToAverage();
    }

    /** e.g. "2 × H100 SXM replica". */
    public String replicaName() {
        return gpusPerReplica + " × " + gpuName + " replica";
    }

    public ReplicaPlan withOutputTokensPerSecond(BigDecimal value) {
        return new ReplicaPlan(gpusPerReplica, gpuName, value, throughputSource, measuredInputTokens,
                measuredOutputTokens, peakFactor, maxUtilisation, minReplicas, redundantReplicas);
    }

    public ReplicaPlan withPeakFactor(BigDecimal value) {
        return new ReplicaPlan(gpusPerReplica, gpuName, outputTokensPerSecond, throughputSource, measuredInputTokens,
                measuredOutputTokens, value, maxUtilisation, minReplicas, redundantReplicas);
    }

    public ReplicaPlan withMaxUtilisation(BigDecimal value) {
        return new ReplicaPlan(gpusPerReplica, gpuName, outputTokensPerSecond, throughputSource, measuredInputTokens,
                measuredOutputTokens, peakFactor, value, minReplicas, redundantReplicas);
    }

    public ReplicaPlan withMinReplicas(int value) {
        return new ReplicaPlan(gpusPerReplica, gpuName, outputTokensPerSecond, throughputSource, measuredInputTokens,
                measuredOutputTokens, peakFactor, maxUtilisation, value, redundantReplicas);
    }

    public ReplicaPlan withRedundantReplicas(int value) {
        return new ReplicaPlan(gpusPerReplica, gpuName, outputTokensPerSecond, throughputSource, measuredInputTokens,
                measuredOutputTokens, peakFactor, maxUtilisation, minReplicas, value);
    }
}
