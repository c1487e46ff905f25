package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Bought servers, per replica. Monthly cost of one replica: the capital charge (an annuity at the cost of capital
 * over {@code years}, net of the residual value's present value; straight-line when the cost of capital is 0),
 * power {@code P_IT · LF · PUE · 730 · $/kWh}, colocation {@code kW · $/kW-month} and maintenance
 * {@code capex · rate / 12}.
 *
 * @param residualFraction            resale value after {@code years}, as a fraction of capex
 * @param costOfCapitalPerYear        r, e.g. {@code 0.08}; the annuity uses r/12 per month
 * @param powerKwPerReplica           IT load of one replica (GPUs and its share of the host)
 * @param loadFactor                  average draw as a fraction of that load
 * @param colocationUsdPerKwMonth     colocation price per provisioned kW (the IT load is what is provisioned)
 * @param maintenanceFractionPerYear  yearly maintenance as a fraction of capex
 */
public record OwnedHardware(BigDecimal capexUsdPerReplica, BigDecimal residualFraction, int years,
                            BigDecimal costOfCapitalPerYear, BigDecimal powerKwPerReplica, BigDecimal loadFactor,
                            BigDecimal pue, BigDecimal usdPerKwh, BigDecimal colocationUsdPerKwMonth,
                            BigDecimal maintenanceFractionPerYear, String source) {
    public OwnedHardware {
        Check.positive("hardware.capex_usd_per_replica", capexUsdPerReplica);
        Check.fraction("hardware.residual_fraction", residualFraction);
        Check.positive("hardware.years", years);
        Check.nonNegative("hardware.cost_of_capital_per_year", costOfCapitalPerYear);
        Check.nonNegative("hardware.power_kw_per_replica", powerKwPerReplica);
        Check.fraction("hardware.load_factor", loadFactor);
        Check.atLeastOne("hardware.pue", pue);
        Check.nonNegative("hardware.usd_per_kwh", usdPerKwh);
        Check.nonNegative("hardware.colocation_usd_per_kw_month", colocationUsdPerKwMonth);
        Check.nonNegative("hardware.maintenance_fraction_per_year", maintenanceFractionPerYear);
        Objects.requireNonNull(source, "source");
    }

    public BigDecimal residualUsdPerReplica() {
        return capexUsdPerReplica.multiply(residualFraction);
    }

    public int months() {
        return years * (int) Units.MONTHS_PER_YEAR;
    }

    public OwnedHardware with(String field, BigDecimal v) {
        return switch (field) {
            case "capex_usd_per_replica" -> new OwnedHardware(v, residualFraction, years, costOfCapitalPerYear,
                    powerKwPerReplica, loadFactor, pue, usdPerKwh, colocationUsdPerKwMonth, maintenanceFractionPerYear, source);
            case "residual_fraction" -> new OwnedHardware(capexUsdPerReplica, v, years, costOfCapitalPerYear,
                    powerKwPerReplica, loadFactor, pue, usdPerKwh, colocationUsdPerKwMonth, maintenanceFractionPerYear, source);
            case "years" -> new OwnedHardware(capexUsdPerReplica, residualFraction, v.intValueExact(), costOfCapitalPerYear,
                    powerKwPerReplica, loadFactor, pue, usdPerKwh, colocationUsdPerKwMonth, maintenanceFractionPerYear, source);
            case "cost_of_capital_per_year" -> new OwnedHardware(capexUsdPerReplica, residualFraction, years, v,
                    powerKwPerReplica, loadFactor, pue, usdPerKwh, colocationUsdPerKwMonth, maintenanceFractionPerYear, source);
            case "power_kw_per_replica" -> new OwnedHardware(capexUsdPerReplica, residualFraction, years,
                    costOfCapitalPerYear, v, loadFactor, pue, usdPerKwh, colocationUsdPerKwMonth, maintenanceFractionPerYear, source);
            case "load_factor" -> new OwnedHardware(capexUsdPerReplica, residualFraction, years, costOfCapitalPerYear,
                    powerKwPerReplica, v, pue, usdPerKwh, colocationUsdPerKwMonth, maintenanceFractionPerYear, source);
            case "pue" -> new OwnedHardware(capexUsdPerReplica, residualFraction, years, costOfCapitalPerYear,
                    powerKwPerReplica, loadFactor, v, usdPerKwh, colocationUsdPerKwMonth, maintenanceFractionPerYear, source);
            case "usd_per_kwh" -> new OwnedHardware(capexUsdPerReplica, residualFraction, years, costOfCapitalPerYear,
                    powerKwPerReplica, loadFactor, pue, v, colocationUsdPerKwMonth, maintenanceFractionPerYear, source);
            case "colocation_usd_per_kw_month" -> new OwnedHardware(capexUsdPerReplica, residualFraction, years,
                    costOfCapitalPerYear, powerKwPerReplica, loadFactor, pue, usdPerKwh, v, maintenanceFractionPerYear, source);
            case "maintenance_fraction_per_year" -> new OwnedHardware(capexUsdPerReplica, residualFraction, years,
                    costOfCapitalPerYear, powerKwPerReplica, loadFactor, pue, usdPerKwh, colocationUsdPerKwMonth, v, source);
            default -> throw new IllegalArgumentException("owned hardware has no parameter " + field);
        };
    }
}
