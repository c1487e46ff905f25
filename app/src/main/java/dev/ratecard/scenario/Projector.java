package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Costs month by month as volume grows, and payback and NPV of owned hardware against the baseline. */
final class Projector {

    Projection project(Scenario scenario, Map<String, ModeledOption> models, String baseline) {
        Workload workload = scenario.workload();
        int months = scenario.projection().months();
        List<Long> volumes = new ArrayList<>(months);
        BigDecimal growth = BigDecimal.ONE.add(workload.growthPerMonth());
        BigDecimal volume = BigDecimal.valueOf(workload.totalTokens());
        for (int t = 1; t <= months; t++) {
            volumes.add(volume.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
            volume = volume.multiply(growth);
        }
        List<BigDecimal> baselineCosts = baseline == null ? null : costs(models.get(baseline).cost(), volumes);
        List<Projection.Row> rows = new ArrayList<>();
        for (ModeledOption m : models.values()) {
            List<BigDecimal> monthly = costs(m.cost(), volumes);
            List<Money> asMoney = new ArrayList<>(months);
            List<Money> cumulative = new ArrayList<>(months);
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal c : monthly) {
                sum = sum.add(c);
                asMoney.add(Money.usd(c));
                cumulative.add(Money.usd(sum));
            }
            Projection.Payback payback = m.spec() instanceof OptionSpec.OwnedGpus owned && baselineCosts != null
                    && !owned.id().equals(baseline)
                    ? payback(owned, m, volumes, monthly, baselineCosts, baseline, scenario.projection()) : null;
            rows.add(new Projection.Row(m.spec().id(), asMoney, cumulative, payback));
        }
        return new Projection(volumes, rows);
    }

    private static List<BigDecimal> costs(CostFunction cost, List<Long> volumes) {
        return volumes.stream().map(cost::at).toList();
    }

    private static Projection.Payback payback(OptionSpec.OwnedGpus owned, ModeledOption m, List<Long> volumes,
                                              List<BigDecimal> monthly, List<BigDecimal> baseline, String baselineId,
                                              ProjectionSettings settings) {
        CostTerm.Staircase capital = m.cost().staircases().stream()
                .filter(s -> s.category() == CostCategory.CAPITAL).findFirst().orElseThrow();
        BigDecimal capexPerReplica = owned.hardware().capexUsdPerReplica();
        BigDecimal monthlyRate = Units.divide(settings.discountRatePerYear(), Units.MONTHS_PER_YEAR_DECIMAL);
        long owned0 = 0;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal cash = BigDecimal.ZERO;
        BigDecimal discounted = BigDecimal.ZERO;
        BigDecimal factor = BigDecimal.ONE;
        Integer payback = null;
        Integer discountedPayback = null;
        for (int t = 1; t <= volumes.size(); t++) {
            BigDecimal volume = BigDecimal.valueOf(volumes.get(t - 1));
            long needed = capital.steps(volume);
            BigDecimal outlay = capexPerReplica.multiply(BigDecimal.valueOf(Math.max(0, needed - owned0)));
            owned0 = Math.max(owned0, needed);
            paid = paid.add(outlay);
            BigDecimal opex = monthly.get(t - 1).subtract(capital.at(volume));
            BigDecimal saving = baseline.get(t - 1).subtract(opex);
            // Hardware is paid for at the start of the month, savings accrue at its end.
            BigDecimal outlayToday = Units.divide(outlay, factor);
            factor = factor.multiply(BigDecimal.ONE.add(monthlyRate));
            cash = cash.add(saving).subtract(outlay);
            discounted = discounted.add(Units.divide(saving, factor)).subtract(outlayToday);
            if (payback == null && cash.signum() >= 0) {
                payback = t;
            }
            if (discountedPayback == null && discounted.signum() >= 0) {
                discountedPayback = t;
            }
        }
        BigDecimal npv = discounted;
        int life = owned.hardware().months();
        if (life <= volumes.size()) {
            BigDecimal residual = owned.hardware().residualUsdPerReplica().multiply(BigDecimal.valueOf(owned0));
            npv = npv.add(Units.divide(residual, BigDecimal.ONE.add(monthlyRate).pow(life, Units.MATH)));
        }
        return new Projection.Payback(baselineId, Money.usd(paid), payback, discountedPayback, Money.usd(npv));
    }
}
