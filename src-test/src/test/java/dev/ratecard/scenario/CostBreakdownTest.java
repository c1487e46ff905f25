package dev.ratecard.scenario;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which breakdown lines cost nothing at any volume, as against nothing at this volume only. */
class CostBreakdownTest {
    private static final BigDecimal VOLUME = new BigDecimal("100000000");

    @Test
    void marksOnlyTermsThatAreZeroAtEveryVolume() {
        CostFunction cost = new CostFunction(List.of(
                CostTerm.Linear.of(CostCategory.TOKENS, "uncached_input at $1.2 per 1M tokens", "sheet", new BigDecimal("90"), 100_000_000),
                CostTerm.Linear.of(CostCategory.TOKENS, "requests at $0 per request", "sheet", BigDecimal.ZERO, 100_000_000),
                new CostTerm.Fixed(CostCategory.INFRASTRUCTURE, "monitoring", "scenario", new BigDecimal("0.00")),
                // $0.000001 per token past 200M: nothing at 100M, but it is what the bill grows by past 200M.
                new CostTerm.LinearAbove(CostCategory.FEES, "BYOK fee", "gateway", new BigDecimal("0.000001"), new BigDecimal("200000000")),
                new CostTerm.Staircase(CostCategory.PLAN, "overage blocks", "gateway", BigDecimal.ZERO, new BigDecimal("1000"),
                        BigDecimal.ZERO, 0, 0, "block")));

        List<CostLine> lines = cost.breakdown(VOLUME);

        assertEquals(List.of(false, true, true, false, true), lines.stream().map(CostLine::costsNothing).toList());
        // 0.000001 × max(0, 100M − 200M) = 0: zero here, yet kept as a cost.
        assertEquals(0, lines.get(3).amount().signum());
    }
}
