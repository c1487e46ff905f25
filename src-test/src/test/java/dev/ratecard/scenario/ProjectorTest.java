package dev.ratecard.scenario;

import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.UsageBucket;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Projection over months with growth, and payback and NPV of owned hardware (selfhost-economics.md §5.4). */
class ProjectorTest {

    private static Scenario ownedAgainstGpt4o(long tokens, String growth, String discountRate) {
        Workload w = HeadlineScenario.workload().scaledTo(tokens).withGrowthPerMonth(new BigDecimal(growth));
        List<OptionSpec> options = List.of(OptionKindsTest.owned(), HeadlineScenario.options().get(3));
        return new Scenario("payback", "", w, options, new Focus("owned", HeadlineScenario.GPT_4O), null,
                new ProjectionSettings(36, new BigDecimal(discountRate)), List.of(), null);
    }

    @Test
    void volumeGrowsByTheMonthlyRateFromTheCurrentMonth() {
        // 100M at 10 %/month: month 1 100M, month 2 110M, month 3 121M.
        Projection p = HeadlineScenario.evaluate(ownedAgainstGpt4o(100_000_000L, "0.1", "0")).projection();
        assertEquals(List.of(100_000_000L, 110_000_000L, 121_000_000L), p.volumes().subList(0, 3));
    }

    @Test
    void ownedHardwarePaysBackInTheMonthTheClosedFormPredicts() {
        // 20B tokens/month needs ⌈20e9 / 4,843,060,608⌉ = 5 replicas: capex 5 × $60,000 = $300,000.
        // Running cost without capital: 5 × (203.67 + 310 + 250) + 5,208.33 + 300 = $9,326.68; GPT-4o costs
        // 20,000 × $4.375 = $87,500. §5.4: t* = 300,000 / (87,500 − 9,326.68) = 3.84 → pays back in month 4.
        Projection.Payback p = HeadlineScenario.evaluate(ownedAgainstGpt4o(20_000_000_000L, "0", "0")).projection()
                .options().stream().filter(r -> r.option().equals("owned")).findFirst().orElseThrow().payback();
        assertEquals(4, p.paybackMonth());
        assertEquals(4, p.discountedPaybackMonth());
        assertEquals(new BigDecimal("300000"), p.capexPaid().amount().stripTrailingZeros().setScale(0));
        // NPV at 0 %: 36 × 78,173.32 − 300,000 + residual 5 × 18,000 = $2,604,239.40.
        BigDecimal saving = new BigDecimal("87500").subtract(new BigDecimal("5").multiply(new BigDecimal("763.67"))
                .add(new BigDecimal("62500").divide(BigDecimal.valueOf(12), Units.MATH)).add(new BigDecimal("300")));
        BigDecimal npv = saving.multiply(BigDecimal.valueOf(36)).subtract(new BigDecimal("300000")).add(new BigDecimal("90000"));
        assertEquals(npv.setScale(2, RoundingMode.HALF_EVEN), p.npv().rounded(2));
    }

    @Test
    void discountingDelaysPaybackOnlyWhenItBites() {
        // At 120 %/year (10 %/month) the saving of month t is worth 78,173.32 / 1.1^t today: months 1–4 sum to
        // 71,066.65 + 64,606.05 + 58,732.77 + 53,393.43 = 247,798.90 < 300,000; month 5 adds 48,539.48 → 296,338.38;
        // month 6 adds 44,126.80 → 340,465.18 ≥ 300,000: discounted payback in month 6, simple payback still month 4.
        Projection.Payback p = HeadlineScenario.evaluate(ownedAgainstGpt4o(20_000_000_000L, "0", "1.2")).projection()
                .options().stream().filter(r -> r.option().equals("owned")).findFirst().orElseThrow().payback();
        assertEquals(4, p.paybackMonth());
        assertEquals(6, p.discountedPaybackMonth());
    }

    @Test
    void ownedHardwareThatSavesNothingNeverPaysBack() {
        // At 100M tokens GPT-4o costs $437.50 a month, less than the hardware's running cost alone.
        Projection.Payback p = HeadlineScenario.evaluate(ownedAgainstGpt4o(100_000_000L, "0", "0")).projection()
                .options().stream().filter(r -> r.option().equals("owned")).findFirst().orElseThrow().payback();
        assertNull(p.paybackMonth());
    }

    @Test
    void cumulativeCostIsTheRunningSumOfMonthlyCosts() {
        // GPT-4o at 100M growing 10 %: 437.50, 481.25, 529.375 → cumulative 1,448.125 after month 3.
        Projection.Row gpt = HeadlineScenario.evaluate(ownedAgainstGpt4o(100_000_000L, "0.1", "0")).projection()
                .options().stream().filter(r -> r.option().equals(HeadlineScenario.GPT_4O)).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("1448.125").compareTo(gpt.cumulative().get(2).amount()));
    }

    @Test
    void scalingAWorkloadKeepsItsMix() {
        Workload w = HeadlineScenario.workload().scaledTo(20_000_000_000L);
        assertEquals(BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, 15_000_000_000L)
                .set(UsageBucket.OUTPUT_TEXT, 5_000_000_000L).set(UsageBucket.REQUESTS, 20_000_000L).build(), w.monthly());
    }
}
