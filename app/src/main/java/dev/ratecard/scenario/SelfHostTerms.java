package dev.ratecard.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The cost terms of a self-hosted model (selfhost-economics.md §5.3 and §5.4). */
final class SelfHostTerms {
    private SelfHostTerms() {
    }

    /**
     * Total tokens per month one replica carries at the target utilisation and peak:
     * {@code X_out · u_max · 730 · 3600 / (s · k_eff)}, where {@code s} is the output share.
     */
    static BigDecimal replicaCapacityTokens(ReplicaPlan plan, Workload workload) {
        if (workload.outputTokens() == 0) {
            throw new InvalidParameterException("output_share", 0,
                    "a self-hosted model's capacity is counted in output tokens; the workload has none");
        }
        BigDecimal k = plan.peakFactorFor(workload);
        BigDecimal batch = workload.batchShare();
        BigDecimal effectivePeak = k.multiply(BigDecimal.ONE.subtract(batch)).add(batch);
        BigDecimal outputPerReplica = plan.outputTokensPerSecond().multiply(plan.maxUtilisation())
                .multiply(Units.SECONDS_PER_MONTH_DECIMAL);
        return Units.divide(outputPerReplica.multiply(BigDecimal.valueOf(workload.totalTokens())),
                BigDecimal.valueOf(workload.outputTokens()).multiply(effectivePeak));
    }

    static CostTerm.Staircase replicas(CostCategory category, String label, String source, BigDecimal usdPerReplica,
                                       ReplicaPlan plan, Workload workload) {
        return new CostTerm.Staircase(category, label, source, usdPerReplica, replicaCapacityTokens(plan, workload),
                BigDecimal.ZERO, plan.minReplicas(), plan.redundantReplicas(), plan.replicaName());
    }

    static List<CostTerm> peopleAndRunning(Staffing staffing, RunningCosts running, Workload workload) {
        List<CostTerm> terms = new ArrayList<>();
        terms.add(engineer(staffing));
        terms.add(new CostTerm.Fixed(CostCategory.INFRASTRUCTURE, "monitoring", running.source(),
                running.monitoringUsdPerMonth()));
        terms.add(new CostTerm.Fixed(CostCategory.INFRASTRUCTURE, "storage", running.source(),
                running.storageUsdPerMonth()));
        BigDecimal gigabytes = BigDecimal.valueOf(workload.outputTokens()).multiply(running.bytesPerOutputToken())
                .movePointLeft(9);
        terms.add(CostTerm.Linear.of(CostCategory.EGRESS, "egress " + Wording.number(running.bytesPerOutputToken(), 2)
                        + " bytes/output token at " + Wording.usd(running.egressUsdPerGb()) + "/GB", running.source(),
                gigabytes.multiply(running.egressUsdPerGb()), workload.totalTokens()));
        terms.add(new CostTerm.Fixed(CostCategory.FIXED, "other fixed costs", running.source(), running.otherUsdPerMonth()));
        return terms;
    }

    static CostTerm engineer(Staffing staffing) {
        return new CostTerm.Fixed(CostCategory.ENGINEER, Wording.number(staffing.fte(), 3) + " FTE at "
                + Wording.dollars(staffing.loadedSalaryUsdPerYear()) + "/year loaded", staffing.source(), staffing.usdPerMonth());
    }

    /** Rented GPUs, always on (a staircase) or scaled to zero (GPU-hours in proportion to the traffic). */
    static List<CostTerm> rented(OptionSpec.RentedGpus option, Workload workload) {
        GpuRental rental = option.rental();
        ReplicaPlan plan = option.plan();
        String source = "GPU: " + rental.source() + Sources.SEPARATOR + "throughput: " + plan.throughputSource();
        String rate = plan.gpusPerReplica() + " × " + plan.gpuName() + " at " + Wording.usd(rental.usdPerGpuHour()) + "/GPU-h";
        List<CostTerm> terms = new ArrayList<>();
        if (rental.alwaysOn()) {
            terms.add(replicas(CostCategory.GPUS, "GPUs: " + rate + " × 730 h per replica", source,
                    SelfHostFormulas.replicaUsdPerMonth(plan.gpusPerReplica(), rental.usdPerGpuHour()), plan, workload));
        } else {
            BigDecimal gpuHours = Units.divide(
                    BigDecimal.valueOf(workload.outputTokens()).multiply(BigDecimal.valueOf(plan.gpusPerReplica())),
                    plan.outputTokensPerSecond().multiply(plan.maxUtilisation()).multiply(Units.SECONDS_PER_HOUR_DECIMAL));
            terms.add(CostTerm.Linear.of(CostCategory.GPUS, "GPUs on demand (scale to zero): " + rate
                    + " for T_out / (X_out · u_max) hours", source, gpuHours.multiply(rental.usdPerGpuHour()),
                    workload.totalTokens()));
        }
        terms.addAll(peopleAndRunning(option.staffing(), option.running(), workload));
        return terms;
    }

    /** Owned replicas: capital, power, colocation and maintenance per replica, each a staircase of the same width. */
    static List<CostTerm> owned(OptionSpec.OwnedGpus option, Workload workload) {
        OwnedHardware hw = option.hardware();
        ReplicaPlan plan = option.plan();
        String source = hw.source() + Sources.SEPARATOR + "throughput: " + plan.throughputSource();
        List<CostTerm> terms = new ArrayList<>();
        terms.add(replicas(CostCategory.CAPITAL, "capital: " + Wording.dollars(hw.capexUsdPerReplica()) + " per replica over "
                        + hw.years() + " years at " + Wording.percent(hw.costOfCapitalPerYear()) + "/year, "
                        + Wording.percent(hw.residualFraction()) + " residual", source,
                SelfHostFormulas.capitalUsdPerMonth(hw.capexUsdPerReplica(), hw.residualUsdPerReplica(), hw.years(),
                        hw.costOfCapitalPerYear()), plan, workload));
        terms.add(replicas(CostCategory.POWER, "power: " + Wording.number(hw.powerKwPerReplica(), 3) + " kW × load "
                        + Wording.number(hw.loadFactor(), 3) + " × PUE " + Wording.number(hw.pue(), 3) + " × 730 h at "
                        + Wording.usd(hw.usdPerKwh()) + "/kWh per replica", source,
                SelfHostFormulas.powerUsdPerMonth(hw.powerKwPerReplica(), hw.loadFactor(), hw.pue(), hw.usdPerKwh()),
                plan, workload));
        terms.add(replicas(CostCategory.COLOCATION, "colocation: " + Wording.number(hw.powerKwPerReplica(), 3) + " kW at "
                        + Wording.usd(hw.colocationUsdPerKwMonth()) + "/kW-month per replica", source,
                hw.powerKwPerReplica().multiply(hw.colocationUsdPerKwMonth()), plan, workload));
        terms.add(replicas(CostCategory.MAINTENANCE, "maintenance: " + Wording.percent(hw.maintenanceFractionPerYear())
                        + " of capex per year per replica", source,
                Units.divide(hw.capexUsdPerReplica().multiply(hw.maintenanceFractionPerYear()), Units.MONTHS_PER_YEAR_DECIMAL),
                plan, workload));
        terms.addAll(peopleAndRunning(option.staffing(), option.running(), workload));
        return terms;
    }
}
