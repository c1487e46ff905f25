package dev.ratecard.scenario;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class BreakEvenFinderTest {
    private final BreakEvenFinder finder = new BreakEvenFinder();

    private static CostedOption api(String id, String usdPerMillion) {
        // Priced at a reference month of 1M tokens: the amount at reference is the rate per 1M.
        return new CostedOption(id, id, new CostFunction(List.of(
                CostTerm.Linear.of(CostCategory.TOKENS, "tokens", "test", new BigDecimal(usdPerMillion), 1_000_000))));
    }

    private static CostedOption replicas(String id, String fixed, String perReplica, String capacityTokens) {
        return new CostedOption(id, id, new CostFunction(List.of(
                new CostTerm.Fixed(CostCategory.FIXED, "fixed", "test", new BigDecimal(fixed)),
                new CostTerm.Staircase(CostCategory.GPUS, "replicas", "test", new BigDecimal(perReplica),
                        new BigDecimal(capacityTokens), BigDecimal.ZERO, 1, 0, "replica"))));
    }

    @Test
    void linearAgainstFixedPlusLinearMeetsWhereTheFixedCostIsPaidBack() {
        // A: $100/month + $1/1M; B: $2/1M. 100 + V/1e6 = 2V/1e6 → V = 100M tokens exactly.
        CostedOption a = new CostedOption("a", "A", new CostFunction(List.of(
                new CostTerm.Fixed(CostCategory.FIXED, "fixed", "test", new BigDecimal("100")),
                CostTerm.Linear.of(CostCategory.TOKENS, "tokens", "test", BigDecimal.ONE, 1_000_000))));
        BreakEven be = finder.find(a, api("b", "2"));
        BreakEven.Sustained s = assertInstanceOf(BreakEven.Sustained.class, be);
        assertEquals("a", s.dearerAtLowVolume());
        assertEquals(100_000_000L, s.first());
        assertEquals(100_000_000L, s.sustained());
    }

    @Test
    void staircaseThatFlipsBackJustPastAStepIsNotSustainedThere() {
        // Fixed $1,000, replicas of $1,000 carrying 1B tokens; API $1.5/1M.
        // On step n, V ∈ ((n−1)B, nB], self-hosting costs 1000 + 1000n against 1.5·V/1e6; they meet at (1000+1000n)/1.5 M.
        //   n=1: 1,333.3M > 1B, no meeting.   n=2: 2,000M = 2B: equal there, the first crossing.
        //   Just past 2B (n=3): 4000 > 3000 — flips back.  n=3 meets at 2,666.67M; past 3B: 5000 > 4500 — back again.
        //   n=4 meets at 3,333.33M → first whole token 3,333,333,334; past 4B: 6000 < 6000.0000015 — stays.
        // (The boundary test: n·(1.5·1000 − 1000) ≥ 1000 + 1000 holds from n = 4.) Five changes of order in all.
        BreakEven be = finder.find(replicas("self", "1000", "1000", "1000000000"), api("api", "1.5"));
        BreakEven.Sustained s = assertInstanceOf(BreakEven.Sustained.class, be);
        assertEquals(2_000_000_000L, s.first());
        assertEquals(3_333_333_334L, s.sustained());
        assertEquals(5, s.crossings());
    }

    @Test
    void neverWhenEachReplicaCostsMoreThanTheTrafficItCarries() {
        // Replica $1,000 per 1B tokens = $1/1M at the margin, API $0.9/1M: the API stays cheaper.
        BreakEven be = finder.find(replicas("self", "0", "1000", "1000000000"), api("api", "0.9"));
        BreakEven.Never n = assertInstanceOf(BreakEven.Never.class, be);
        assertEquals("self", n.dearerAtLowVolume());
        assertEquals("each extra replica costs $1,000.00/month but carries only $900.00 of api traffic at capacity "
                + "(1B tokens/month)", n.reason());
    }
}
