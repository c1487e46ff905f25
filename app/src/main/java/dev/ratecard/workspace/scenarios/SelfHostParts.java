package dev.ratecard.workspace.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/** Parameter groups of self-hosted options in a scenario file; every field may be left out for its default. */
public final class SelfHostParts {
    private SelfHostParts() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"fte", "loaded_salary_usd_per_year", "source"})
    public record Engineer(BigDecimal fte, BigDecimal loadedSalaryUsdPerYear, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"monitoring_usd_per_month", "storage_usd_per_month", "egress_usd_per_gb",
            "bytes_per_output_token", "other_usd_per_month", "source"})
    public record RunningCosts(BigDecimal monitoringUsdPerMonth, BigDecimal storageUsdPerMonth, BigDecimal egressUsdPerGb,
                               BigDecimal bytesPerOutputToken, BigDecimal otherUsdPerMonth, String source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"capex_usd_per_replica", "residual_fraction", "years", "cost_of_capital_per_year",
            "power_kw_per_replica", "load_factor", "pue", "usd_per_kwh", "colocation_usd_per_kw_month",
            "maintenance_fraction_per_year", "source"})
    public record Hardware(BigDecimal capexUsdPerReplica, BigDecimal residualFraction, Integer years,
                           BigDecimal costOfCapitalPerYear, BigDecimal powerKwPerReplica, BigDecimal loadFactor,
                           BigDecimal pue, BigDecimal usdPerKwh, BigDecimal colocationUsdPerKwMonth,
                           BigDecimal maintenanceFractionPerYear, String source) {
    }
}
