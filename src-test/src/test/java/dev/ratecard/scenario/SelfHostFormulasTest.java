package dev.ratecard.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The formulas of selfhost-economics.md §1, §5.3 and §5.4 and Epoch AI's cost per token, on published figures. */
class SelfHostFormulasTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /**
     * §1 "Implied $ per 1M output tokens at 100 % busy": {@code $/h × GPUs / (tok/s × 3600) × 1e6}, every cell.
     * One published cell is off: 70B FP8 on 2×H100 (vLLM 0.5.4, 1,727.69 tok/s) at $2.69 is
     * 5.38 / (1,727.69 × 3600) × 1e6 = 0.864996, which is $0.86 to the cent, not the published $0.87
     * (0.864996 was rounded twice, to 0.865 and then up).
     */
    @ParameterizedTest(name = "{0} tok/s on {1} GPUs at ${2}/GPU-h → ${3}/1M output")
    @CsvSource(textBlock = """
            814.37,  2, 2.69, 1.84
            814.37,  2, 3.99, 2.72
            814.37,  2, 6.88, 4.69
            1727.69, 2, 2.69, 0.86
            1727.69, 2, 3.99, 1.28
            1727.69, 2, 6.88, 2.21
            3856.01, 4, 2.69, 0.78
            3856.01, 4, 3.99, 1.15
            3856.01, 4, 6.88, 1.98
            """)
    void impliedCostPerMillionOutputTokensMatchesTheTableOfSection1(String tokPerSec, int gpus, String usdPerHour,
                                                                    String expected) {
        BigDecimal v = SelfHostFormulas.usdPerMillionOutputAtFullBusy(d(usdPerHour), gpus, d(tokPerSec));
        assertEquals(d(expected), v.setScale(2, RoundingMode.HALF_EVEN));
    }

    @ParameterizedTest(name = "8B on 1×H100 (8,088.35 tok/s) at ${0}/GPU-h → ${1}/1M output")
    @CsvSource(textBlock = """
            2.69, 0.092
            3.99, 0.137
            6.88, 0.236
            """)
    void smallModelRowsOfSection1AreGivenToATenthOfACent(String usdPerHour, String expected) {
        // 2.69 / (8,088.35 × 3600) × 1e6 = 0.09238; 3.99 → 0.13703; 6.88 → 0.23628.
        BigDecimal v = SelfHostFormulas.usdPerMillionOutputAtFullBusy(d(usdPerHour), 1, d("8088.35"));
        assertEquals(d(expected), v.setScale(3, RoundingMode.HALF_EVEN));
    }

    @Test
    void epochsCostPerMillionIsTheSameQuantityPerGpu() {
        // Epoch AI inference-economics: cost per 1M = 1e6 · $/h / (3600 · tok/s per GPU), H100 at $2.10/h (3.15 × 2/3).
        // Lambda's 1,727.69 tok/s on 2 GPUs is 863.845 per GPU: 2.10e6 / (3600 × 863.845) = $0.67528/1M.
        BigDecimal epoch = SelfHostFormulas.epochUsdPerMillion(d("2.10"), d("863.845"));
        assertEquals(d("0.67528"), epoch.setScale(5, RoundingMode.HALF_EVEN));
        assertEquals(0, epoch.compareTo(SelfHostFormulas.usdPerMillionOutputAtFullBusy(d("2.10"), 2, d("1727.69"))));
    }

    @Test
    void aMonthIs730HoursNot720() {
        // §5.7: 2 × $2.69 × 730 = $3,927.40; a 720 h month would give $3,873.60, $53.80 (1.4 %) short.
        assertEquals(d("3927.40"), SelfHostFormulas.replicaUsdPerMonth(2, d("2.69")).setScale(2, RoundingMode.UNNECESSARY));
        assertEquals(730, Units.HOURS_PER_MONTH);
        assertEquals(2_628_000, Units.SECONDS_PER_MONTH);
    }

    @Test
    void oneReplicaEmitsAbout4_5BOutputTokensAMonthAtFullBusy() {
        // §6: 1,727.69 tok/s × 3600 × 730 = 4,540,369,320 output tokens ("~4.5B").
        assertEquals(d("4540369320.00"), SelfHostFormulas.outputTokensPerMonthAtFullBusy(d("1727.69")));
    }

    @Test
    void annuityWithoutResidualIsThePublishedFormula() {
        // §5.4: Capex·(r/12)/(1−(1+r/12)^(−12·N)). $60,000 (2 × $30k H100, Raymond James) at 8 % over 3 years:
        // a standard 36-month loan table gives $313.36 per $10,000 at 8 %, so $1,880.18 a month.
        BigDecimal pmt = SelfHostFormulas.capitalUsdPerMonth(d("60000"), BigDecimal.ZERO, 3, d("0.08"));
        assertEquals(d("1880.18"), pmt.setScale(2, RoundingMode.HALF_EVEN));
    }

    @Test
    void annuityNetsOffThePresentValueOfTheResidual() {
        // 30 % residual ($18,000) after 36 months is worth 18,000 / (1 + 0.08/12)^36 = $14,170.59 today, so the
        // annuity runs on $45,829.41: $1,436.13 a month.
        BigDecimal pmt = SelfHostFormulas.capitalUsdPerMonth(d("60000"), d("18000"), 3, d("0.08"));
        assertEquals(d("1436.13"), pmt.setScale(2, RoundingMode.HALF_EVEN));
    }

    @Test
    void withoutCostOfCapitalTheCapitalChargeIsTheStraightLine() {
        // §5.4: (Capex − Residual)/(12·N) = (60,000 − 18,000)/36 = $1,166.67.
        BigDecimal line = SelfHostFormulas.capitalUsdPerMonth(d("60000"), d("18000"), 3, BigDecimal.ZERO);
        assertEquals(d("1166.67"), line.setScale(2, RoundingMode.HALF_EVEN));
        assertEquals(0, line.compareTo(SelfHostFormulas.straightLineUsdPerMonth(d("60000"), d("18000"), 3)));
    }

    @Test
    void powerIsTheItLoadTimesLoadFactorTimesPueTimesHoursTimesPrice() {
        // §5.4: an 8×H100 node at 6.2 kW typical, LF 1, enterprise-colo PUE 1.5, $0.15/kWh:
        // 6.2 × 1 × 1.5 × 730 × 0.15 = $1,018.35 a month.
        assertEquals(0, d("1018.35").compareTo(
                SelfHostFormulas.powerUsdPerMonth(d("6.2"), BigDecimal.ONE, d("1.5"), d("0.15"))));
    }

    @Test
    void paybackIsCapexOverTheMonthlySavingAndNeverWithoutOne() {
        // §5.4: t* = Capex / (C_api − C_opex) = 60,000 / (5,000 − 2,000) = 20 months; never if the saving is ≤ 0.
        assertEquals(0, d("20").compareTo(SelfHostFormulas.paybackMonths(d("60000"), d("5000"), d("2000")).orElseThrow()));
        assertTrue(SelfHostFormulas.paybackMonths(d("60000"), d("2000"), d("2000")).isEmpty());
    }
}
