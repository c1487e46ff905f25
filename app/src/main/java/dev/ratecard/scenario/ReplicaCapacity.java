package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a self-hosted option's replicas can carry, for utilisation and findings.
 *
 * @param replicas the replica staircase, or {@code null} when GPUs scale to zero with the traffic
 */
public record ReplicaCapacity(ReplicaPlan plan, CostTerm.Staircase replicas, BigDecimal usdPerReplicaMonth) {
    public ReplicaCapacity {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(usdPerReplicaMonth, "usdPerReplicaMonth");
    }

    /** Replicas running at {@code volume}; for scale-to-zero the average number busy. */
    public BigDecimal replicasAt(BigDecimal volume, Workload workload) {
        if (replicas != null) {
            return BigDecimal.valueOf(replicas.steps(volume));
        }
        BigDecimal outputPerSecond = Units.divide(outputTokensAt(volume, workload), Units.SECONDS_PER_MONTH_DECIMAL);
        return Units.divide(outputPerSecond, plan.outputTokensPerSecond().multiply(plan.maxUtilisation()));
    }

    /** {@code u = T_out / (N · X_out · 3600 · 730)}: the share of the running replicas' output capacity used. */
    public BigDecimal utilisationAt(BigDecimal volume, Workload workload) {
        BigDecimal running = replicasAt(volume, workload);
        if (running.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal capacity = SelfHostFormulas.outputTokensPerMonthAtFullBusy(plan.outputTokensPerSecond()).multiply(running);
        return Units.divide(outputTokensAt(volume, workload), capacity);
    }

    private static BigDecimal outputTokensAt(BigDecimal volume, Workload workload) {
        return Units.divide(volume.multiply(BigDecimal.valueOf(workload.outputTokens())),
                BigDecimal.valueOf(workload.totalTokens()));
    }
}
