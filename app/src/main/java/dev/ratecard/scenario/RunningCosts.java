package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a self-hosted deployment pays besides GPUs and people. Egress is
 * {@code bytesPerOutputToken × T_out / 10⁹ × $/GB} (≈ 4 bytes per token of streamed text): small, but shown.
 */
public record RunningCosts(BigDecimal monitoringUsdPerMonth, BigDecimal storageUsdPerMonth, BigDecimal egressUsdPerGb,
                           BigDecimal bytesPerOutputToken, BigDecimal otherUsdPerMonth, String source) {
    public static final RunningCosts NONE = new RunningCosts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.valueOf(4), BigDecimal.ZERO, "none");

    public RunningCosts {
        Check.nonNegative("running_costs.monitoring_usd_per_month", monitoringUsdPerMonth);
        Check.nonNegative("running_costs.storage_usd_per_month", storageUsdPerMonth);
        Check.nonNegative("running_costs.egress_usd_per_gb", egressUsdPerGb);
        Check.nonNegative("running_costs.bytes_per_output_token", bytesPerOutputToken);
        Check.nonNegative("running_costs.other_usd_per_month", otherUsdPerMonth);
        Objects.requireNonNull(source, "source");
    }

    public RunningCosts withOther(BigDecimal value) {
        return new RunningCosts(monitoringUsdPerMonth, storageUsdPerMonth, egressUsdPerGb, bytesPerOutputToken, value, source);
    }

    public RunningCosts withMonitoring(BigDecimal value) {
        return new RunningCosts(value, storageUsdPerMonth, egressUsdPerGb, bytesPerOutputToken, otherUsdPerMonth, source);
    }

    public RunningCosts withStorage(BigDecimal value) {
        return new RunningCosts(monitoringUsdPerMonth, value, egressUsdPerGb, bytesPerOutputToken, otherUsdPerMonth, source);
    }

    public RunningCosts withEgress(BigDecimal value) {
        return new RunningCosts(monitoringUsdPerMonth, storageUsdPerMonth, value, bytesPerOutputToken, otherUsdPerMonth, source);
    }
}
