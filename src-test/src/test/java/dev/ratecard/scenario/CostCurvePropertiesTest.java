package dev.ratecard.scenario;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties every cost curve and break-even must have, checked over many generated self-hosted and API options
 * (fixed seeds, so a failure repeats).
 */
class CostCurvePropertiesTest {
    private static final int CASES = 300;
    private final OptionModeler modeler = new OptionModeler(new CostEngineRoutePricing());
    private final BreakEvenFinder finder = new BreakEvenFinder();

    private static BigDecimal pick(Random r, String... values) {
        return new BigDecimal(values[r.nextInt(values.length)]);
    }

    private static Workload workload(Random r) {
        return new SyntheticWorkload("Qwen/Qwen2.5-72B-Instruct", 100_000_000L, pick(r, "0.1", "0.25", "0.4", "0.5"),
                BigDecimal.ZERO, BigDecimal.ZERO, pick(r, "0", "0", "0.3"), 100_000L, null, null,
                pick(r, "1", "2", "3", "5"), BigDecimal.ZERO).toWorkload("generated");
    }

    private static OptionSpec selfHosted(Random r, String id) {
        ReplicaPlan plan = new ReplicaPlan(1 + r.nextInt(4), "H100 SXM", pick(r, "419", "814.37", "1727.69", "3543", "8088"),
                "generated", null, null, null, pick(r, "0.5", "0.7", "0.8", "0.9"), r.nextInt(3), r.nextInt(2));
        return new OptionSpec.RentedGpus(id, id, "Qwen/Qwen2.5-72B-Instruct",
                new GpuRental(pick(r, "1.39", "1.99", "2.69", "3.99", "6.88"), true, "generated"), plan,
                new Staffing(pick(r, "0", "0.1", "0.25", "0.5"), new BigDecimal("250000"), "generated"),
                RunningCosts.NONE.withOther(pick(r, "0", "300", "1000")));
    }

    private static OptionSpec api(Random r, String id) {
        return new OptionSpec.Api(id, id, ApiRoute.direct(HeadlineScenario.price("p", "m",
                pick(r, "0.12", "0.36", "0.88", "1.20", "2.50").toPlainString(),
                pick(r, "0.39", "0.40", "1.20", "4.00", "10.00").toPlainString(),
                "generated", "2026-01-01")).withProxyFee(pick(r, "0", "0", "0.055")));
    }

    private ModeledOption model(OptionSpec spec, Workload w) {
        return modeler.model(spec, w, java.util.Map.of());
    }

    @Test
    void costsNeverFallAsVolumeRises() {
        Random r = new Random(1);
        for (int c = 0; c < CASES; c++) {
            Workload w = workload(r);
            CostFunction cost = model(r.nextBoolean() ? selfHosted(r, "s") : api(r, "a"), w).cost();
            BigDecimal previous = BigDecimal.ZERO;
            // Exact costs at 1 token, then every 1.1× up to 1e12, plus just before and after each step boundary.
            List<BigDecimal> volumes = new ArrayList<>();
            for (double v = 1; v < 1e12; v *= 1.1) {
                volumes.add(BigDecimal.valueOf((long) v));
            }
            for (CostTerm.Staircase s : cost.staircases()) {
                for (long n = 1; n < 5; n++) {
                    BigDecimal b = s.boundary(n).setScale(0, RoundingMode.FLOOR);
                    volumes.add(b);
                    volumes.add(b.add(BigDecimal.ONE));
                }
            }
            volumes.sort(null);
            for (BigDecimal v : volumes) {
                BigDecimal now = cost.at(v);
                assertTrue(now.compareTo(previous) >= 0, "cost fell at " + v + " in case " + c);
                previous = now;
            }
        }
    }

    @Test
    void oneTokenPastAReplicasCapacityBuysTheNextReplica() {
        // X_out 1,000 tok/s, u_max 0.8, k 2, output share 0.25: one replica carries
        // 1,000 × 0.8 × 2,628,000 / (0.25 × 2) = 4,204,800,000 total tokens a month, exactly.
        Workload w = new SyntheticWorkload("m", 100_000_000L, new BigDecimal("0.25"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 100_000L, null, null, new BigDecimal("2"), BigDecimal.ZERO).toWorkload("w");
        ReplicaPlan plan = new ReplicaPlan(2, "H100 SXM", new BigDecimal("1000"), "test", null, null, null,
                new BigDecimal("0.8"), 1, 0);
        OptionSpec spec = new OptionSpec.RentedGpus("s", "s", "m", new GpuRental(new BigDecimal("2.69"), true, "test"),
                plan, Staffing.NONE, RunningCosts.NONE);
        CostFunction cost = model(spec, w).cost();
        CostTerm.Staircase replicas = cost.staircases().getFirst();
        assertEquals(0, new BigDecimal("4204800000").compareTo(replicas.tokensPerStep()));
        assertEquals(1, replicas.steps(BigDecimal.valueOf(4_204_800_000L)));
        assertEquals(2, replicas.steps(BigDecimal.valueOf(4_204_800_001L)));
        assertEquals(2, replicas.steps(BigDecimal.valueOf(8_409_600_000L)));
        assertEquals(3, replicas.steps(BigDecimal.valueOf(8_409_600_001L)));
        // One replica is $3,927.40; the next one doubles the GPU line.
        assertEquals(0, new BigDecimal("3927.40").compareTo(cost.at(4_204_800_000L)));
        assertEquals(0, new BigDecimal("7854.80").compareTo(cost.at(4_204_800_001L)));
    }

    @Test
    void atAReportedBreakEvenTheCostsMeetToTheTokenAndStayCrossed() {
        Random r = new Random(2);
        int sustained = 0;
        for (int c = 0; c < CASES; c++) {
            Workload w = workload(r);
            ModeledOption a = model(selfHosted(r, "s"), w);
            ModeledOption b = model(r.nextBoolean() ? api(r, "a") : selfHosted(r, "t"), w);
            if (!(finder.find(a.costed(), b.costed()) instanceof BreakEven.Sustained s)) {
                continue;
            }
            sustained++;
            CostFunction x = s.dearerAtLowVolume().equals("s") ? a.cost() : b.cost();
            CostFunction y = x == a.cost() ? b.cost() : a.cost();
            BigDecimal at = BigDecimal.valueOf(s.sustained());
            BigDecimal before = at.subtract(BigDecimal.ONE);
            // At the break-even the dearer option is no dearer; one token earlier it still was.
            assertTrue(x.at(at).compareTo(y.at(at)) <= 0, "case " + c + " at " + at);
            assertTrue(x.at(before).compareTo(y.at(before)) > 0, "case " + c + " before " + at);
            // And it stays no dearer: just before and just after every later step of either option, and far out.
            for (CostFunction f : List.of(x, y)) {
                for (CostTerm.Staircase st : f.staircases()) {
                    long first = Math.max(1, st.tokensPerStep().compareTo(BigDecimal.ZERO) > 0
                            ? at.divide(st.tokensPerStep(), 0, RoundingMode.FLOOR).longValue() : 1);
                    for (long n = first; n < first + 20; n++) {
                        BigDecimal edge = st.boundary(n).setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
                        if (edge.compareTo(at) > 0) {
                            assertTrue(x.at(edge).compareTo(y.at(edge)) <= 0, "case " + c + " past step at " + edge);
                        }
                    }
                }
            }
            assertTrue(x.at(at.multiply(BigDecimal.TEN)).compareTo(y.at(at.multiply(BigDecimal.TEN))) <= 0);
        }
        assertTrue(sustained > 50, "too few sustained cases to mean anything: " + sustained);
    }

    @Test
    void neverOnlyWhenTheDearerOptionCostsAtLeastAsMuchAtTheMargin() {
        Random r = new Random(3);
        int never = 0;
        for (int c = 0; c < CASES; c++) {
            Workload w = workload(r);
            ModeledOption a = model(selfHosted(r, "s"), w);
            ModeledOption b = model(api(r, "a"), w);
            BreakEven be = finder.find(a.costed(), b.costed());
            BigDecimal dearer = be.marginal().dearerPerMillion();
            BigDecimal cheaper = be.marginal().cheaperPerMillion();
            if (be instanceof BreakEven.Never) {
                never++;
                assertTrue(dearer.compareTo(cheaper) >= 0, "never although cheaper at the margin, case " + c);
            } else {
                assertTrue(be instanceof BreakEven.Sustained, "case " + c + ": " + be);
                assertTrue(dearer.compareTo(cheaper) < 0, "sustained although dearer at the margin, case " + c);
            }
        }
        assertTrue(never > 20, "too few never cases to mean anything: " + never);
    }
}
