package dev.ratecard.scenario;

import dev.ratecard.pricing.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The headline figures of selfhost-economics.md §5.5, §5.6 and §6, recomputed by hand here. */
class HeadlineScenarioTest {
    private static ScenarioResult result;

    @BeforeAll
    static void evaluate() {
        result = HeadlineScenario.evaluate(HeadlineScenario.scenario());
    }

    @Test
    void oneAlwaysOnReplicaOfTwoH100sCosts3927_40AMonth() {
        // §6: 2 GPUs × $2.69/GPU-h × 730 h = $3,927.40.
        CostLine gpus = result.option(HeadlineScenario.SELF).breakdown().stream()
                .filter(l -> l.category() == CostCategory.GPUS).findFirst().orElseThrow();
        assertEquals(Money.usd("3927.40"), gpus.amount());
        assertEquals(1L, gpus.steps());
    }

    @Test
    void selfHostingCosts9435_73AMonthAt100M() {
        // §5.6 base row: $3,927.40 GPUs + 0.25 × $250,000 / 12 = $5,208.33… engineer + $300 other = $9,435.733…
        BigDecimal expected = new BigDecimal("3927.40").add(new BigDecimal("62500").divide(BigDecimal.valueOf(12), Units.MATH))
                .add(new BigDecimal("300"));
        assertEquals(Money.usd(expected), result.option(HeadlineScenario.SELF).monthly());
        assertEquals(new BigDecimal("9435.73"), result.option(HeadlineScenario.SELF).monthly().rounded(2));
    }

    @Test
    void togetherCosts120AMonthAt100M() {
        // §5.6: 75M × $1.20/1M + 25M × $1.20/1M = $90 + $30 = $120.
        assertEquals(Money.usd("120"), result.option(HeadlineScenario.TOGETHER).monthly());
    }

    @Test
    void gpt4oCosts437_50AMonthAt100M() {
        // §5.6 API-price row: 75M × $2.50/1M + 25M × $10/1M = $187.50 + $250 = $437.50 (blended $4.375/1M at 3:1).
        assertEquals(Money.usd("437.50"), result.option(HeadlineScenario.GPT_4O).monthly());
    }

    @Test
    void openRouterAddsItsCardTopUpFeeToThePassThroughPrice() {
        // 75M × $0.36/1M + 25M × $0.40/1M = $27 + $10 = $37 of tokens, bought as one card top-up a month:
        // max(5.5 % × 37, 0.80) = $2.035, so $39.035.
        assertEquals(Money.usd("39.035"), result.option(HeadlineScenario.OPENROUTER).monthly());
    }

    @Test
    void oneReplicaIsAboutSixTenthsOfAPercentBusyAt100M() {
        // §6: 25M output tokens / (1,727.69 tok/s × 3600 × 730 = 4,540,369,320 tokens) = 0.5506 % ("~0.6 %").
        BigDecimal u = result.option(HeadlineScenario.SELF).utilisation();
        assertEquals(new BigDecimal("0.005506"), u.setScale(6, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("0.006"), u.setScale(3, RoundingMode.HALF_EVEN));
    }

    @Test
    void selfHostingAgainstTogetherFirstCrossesAt14_4BAndStaysCheaperFrom24_2B() {
        // Replica capacity w = 1,727.69 × 0.8 × 2,628,000 / (0.25 × 3) = 4,843,060,608 total tokens.
        // F = $5,508.33 fixed, R = $3,927.40 per replica, p = $1.20/1M. On (n−1)w..nw the costs meet at (F + nR)/p:
        //   n=3: 17,290.53/1.2e-6 = 14,408,777,777.8 → 14,408,777,778 (first crossing); just past 3w, 4 replicas cost
        //        $21,217.93 against $17,435.02 of API: back. n=4 meets at 17,681.6M; past 4w back again.
        //   n=5 meets at 25,145.33/1.2e-6 = 20,954.4M; past 5w = 24,215,303,040: 6 replicas cost $29,072.73 against
        //        API $29,058.36 — self-hosting is dearer again for 12M tokens.
        //   n=6 meets at 29,072.73/1.2e-6 = 24,227,277,777.8 → 24,227,277,778, and from 6w on
        //        n·(p·w − R) = 6 × 1,884.27 ≥ F + R = 9,435.73 keeps it cheaper.
        // selfhost-economics.md §5.6 publishes 20,959M as the sustained break-even: that misses the 12M-token window
        // just past the fifth replica's capacity (a sampled search steps over it). The exact value is 24,227,277,778.
        BreakEven be = result.breakEven(HeadlineScenario.SELF, HeadlineScenario.TOGETHER);
        BreakEven.Sustained s = assertInstanceOf(BreakEven.Sustained.class, be);
        assertEquals(HeadlineScenario.SELF, s.dearerAtLowVolume());
        assertEquals(14_408_777_778L, s.first());
        assertEquals(24_227_277_778L, s.sustained());
        assertEquals(7, s.crossings());
    }

    @Test
    void marginalCostPerTotalTokenAtCapacityIs0_81PerMillion() {
        // §5.5: s·k·p_gpu·g / (X_out·u_max·3600) = 0.25 × 3 × $5.38 / (1,727.69 × 0.8 × 3600) = $0.8109/1M < $1.20.
        BreakEven.Marginal m = result.breakEven(HeadlineScenario.SELF, HeadlineScenario.TOGETHER).marginal();
        assertEquals(new BigDecimal("0.8109"), m.dearerPerMillion().setScale(4, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("1.2"), m.cheaperPerMillion().stripTrailingZeros());
    }

    @Test
    void gpusAloneBreakEvenWithTogetherAtAbout3_3BAndWithGpt4oAtAbout0_9B() {
        // §5.5/§6: V₀ = C_fixed / p_api_blended. One replica $3,927.40 / $1.20/1M = 3,272,833,333.3 → 3,272,833,334
        // ("~3.3B"); against GPT-4o's blended 0.75 × 2.50 + 0.25 × 10 = $4.375/1M: 897,691,428.6 → 897,691,429 ("~0.9B").
        OptionSpec.RentedGpus gpusOnly = HeadlineScenario.selfHosted();
        gpusOnly = new OptionSpec.RentedGpus(gpusOnly.id(), gpusOnly.name(), gpusOnly.model(), gpusOnly.rental(),
                gpusOnly.plan(), Staffing.NONE, RunningCosts.NONE);
        ScenarioResult r = HeadlineScenario.evaluate(HeadlineScenario.scenario().withOption(gpusOnly));
        assertEquals(3_272_833_334L, r.breakEven(HeadlineScenario.SELF, HeadlineScenario.TOGETHER).firstCrossing().getAsLong());
        assertEquals(897_691_429L, r.breakEven(HeadlineScenario.SELF, HeadlineScenario.GPT_4O).firstCrossing().getAsLong());
        assertEquals(new BigDecimal("3272833333.333"),
                SelfHostFormulas.breakEvenTokens(new BigDecimal("3927.40"), new BigDecimal("0.0000012")).setScale(3, RoundingMode.HALF_EVEN));
    }

    @Test
    void togetherBeatsGpt4oAtEveryVolumeBecauseItIsCheaperPerToken() {
        BreakEven.Never n = assertInstanceOf(BreakEven.Never.class,
                result.breakEven(HeadlineScenario.TOGETHER, HeadlineScenario.GPT_4O));
        assertEquals(HeadlineScenario.GPT_4O, n.dearerAtLowVolume());
        assertEquals("GPT-4o costs $4.375/1M at the margin against Together's $1.20/1M",
                n.reason());
    }
}
