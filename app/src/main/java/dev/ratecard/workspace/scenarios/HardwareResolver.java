package dev.ratecard.workspace.scenarios;

import dev.ratecard.scenario.OwnedHardware;

import java.math.BigDecimal;
import java.util.List;

/** Owned hardware per replica: capex and power from per-GPU defaults for the GPU named, the rest from the defaults. */
final class HardwareResolver {
    private final Resolution r;

    HardwareResolver(Resolution resolution) {
        this.r = resolution;
    }

    OwnedHardware resolve(SelfHostParts.Hardware h, String gpu, int gpus, String path) throws ScenarioFileException {
        BigDecimal count = BigDecimal.valueOf(gpus);
        Resolution.Sourced<BigDecimal> capex = perReplica(h.capexUsdPerReplica(), "hardware.capex_usd_per_gpu." + gpu,
                count, path + ".capex_usd_per_replica");
        Resolution.Sourced<BigDecimal> power = perReplica(h.powerKwPerReplica(), "hardware.power_kw_per_gpu." + gpu,
                count, path + ".power_kw_per_replica");
        Resolution.Sourced<BigDecimal> residual = r.decimal(h.residualFraction(), "hardware.residual_fraction",
                path + ".residual_fraction");
        Resolution.Sourced<Integer> years = r.count(h.years(), "hardware.years", path + ".years");
        Resolution.Sourced<BigDecimal> capital = r.decimal(h.costOfCapitalPerYear(), "hardware.cost_of_capital_per_year",
                path + ".cost_of_capital_per_year");
        Resolution.Sourced<BigDecimal> load = r.decimal(h.loadFactor(), "hardware.load_factor", path + ".load_factor");
        Resolution.Sourced<BigDecimal> pue = r.decimal(h.pue(), "hardware.pue", path + ".pue");
        Resolution.Sourced<BigDecimal> kwh = r.decimal(h.usdPerKwh(), "hardware.usd_per_kwh", path + ".usd_per_kwh");
        Resolution.Sourced<BigDecimal> colo = r.decimal(h.colocationUsdPerKwMonth(), "hardware.colocation_usd_per_kw_month",
                path + ".colocation_usd_per_kw_month");
        if (h.maintenanceFractionPerYear() == null) {
            throw r.error(path + ".maintenance_fraction_per_year",
                    "is required: there is no published figure; enter your support contract as a fraction of capex per year");
        }
        String source = Resolution.sources(h.source(), List.of("capex", "power", "residual", "years", "cost of capital",
                "load factor", "PUE", "$/kWh", "colocation"), List.of(capex, power, residual, years, capital, load, pue, kwh, colo));
        return r.at(path.substring(0, path.lastIndexOf('.')), () -> new OwnedHardware(capex.value(), residual.value(),
                years.value(), capital.value(), power.value(), load.value(), pue.value(), kwh.value(), colo.value(),
                h.maintenanceFractionPerYear(), source));
    }

    /** The file's per-replica figure, else the per-GPU default × GPUs per replica. */
    private Resolution.Sourced<BigDecimal> perReplica(BigDecimal given, String perGpuKey, BigDecimal gpus, String path)
            throws ScenarioFileException {
        if (given != null) {
            return new Resolution.Sourced<>(given, "scenario");
        }
        Resolution.Sourced<BigDecimal> perGpu = r.decimal(null, perGpuKey, path);
        return new Resolution.Sourced<>(perGpu.value().multiply(gpus), gpus.toPlainString() + " GPUs × " + perGpu.source());
    }
}
