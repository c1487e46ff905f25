package dev.ratecard.scenario;

import dev.ratecard.importers.model.BatchPricing;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Provenance;
import dev.ratecard.importers.model.Rates;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.CostEngine;
import dev.ratecard.pricing.FeeSettings;
import dev.ratecard.pricing.MonthlyBill;
import dev.ratecard.pricing.UsageConditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The API side of selfhost-economics.md §5.2 and the gateway fees of §4, priced by the cost engine's fee stack. */
class CostEngineRoutePricingTest {
    private final CostEngineRoutePricing pricing = new CostEngineRoutePricing();

    private static Workload workload(long requests) {
        // 100M tokens: 75M input, 25M output.
        return HeadlineScenario.workload().withMonthly(BucketCounts.builder()
                .set(UsageBucket.UNCACHED_INPUT, 75_000_000).set(UsageBucket.OUTPUT_TEXT, 25_000_000)
                .set(UsageBucket.REQUESTS, requests).build());
    }

    private static BigDecimal monthly(List<CostTerm> terms, Workload w) {
        return new CostFunction(terms).at(w.totalTokens());
    }

    private static GatewayFeeModel portkey() {
        return new GatewayFeeModel("portkey", "Portkey", "portkey", Provenance.of("finops.apis.io", LocalDate.parse("2026-01-01")),
                BigDecimal.ZERO, BigDecimal.ZERO, null, null,
                List.of(new GatewayFeeModel.GatewayPlan("Production", new BigDecimal("49"), 100_000, new BigDecimal("9"), 100_000)),
                false, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void theCurrentMonthIsTheCostEnginesBillToTheLastDigit(String name, ApiRoute route, long requests) {
        Workload w = workload(requests);
        MonthlyBill bill = new CostEngine().priceMonth(route.price(), w.monthly(), UsageConditions.standard(
                CostEngineRoutePricing.MONTH), route.gateway() == null ? null : route.gateway().fees(),
                FeeSettings.none().withNegotiatedDiscount(route.negotiatedDiscount())
                        .withTopUp(route.gateway() == null ? null : route.gateway().topUpUsd())
                        .withByok(route.gateway() != null && route.gateway().byok())
                        .withPlan(route.gateway() == null ? null : route.gateway().planName()));
        assertEquals(bill.total().amount().stripTrailingZeros(), monthly(pricing.price(route, w), w).stripTrailingZeros());
    }

    static Stream<Arguments> routes() {
        ApiRoute together = ApiRoute.direct(HeadlineScenario.together());
        GatewayFeeModel card = HeadlineScenario.openRouterCard();
        return Stream.of(
                Arguments.of("direct, 7 % negotiated", together.withNegotiatedDiscount(new BigDecimal("0.07")), 100_000L),
                Arguments.of("card, one top-up a month", together.withGateway(new GatewayTerms(card, null, null, false)), 100_000L),
                Arguments.of("card, $7 top-ups", together.withGateway(new GatewayTerms(card, null, new BigDecimal("7"), false)), 100_000L),
                Arguments.of("BYOK past the free million", together.withGateway(new GatewayTerms(card, null, null, true)), 3_000_001L),
                Arguments.of("BYOK, $25 top-ups", together.withGateway(new GatewayTerms(card, null, new BigDecimal("25"), true)), 7_654_321L),
                Arguments.of("Portkey with overage", together.withGateway(new GatewayTerms(portkey(), "Production", null, false)), 345_678L));
    }

    @Test
    void aPortkeyPlanOnA120DollarBillIsA41PercentMarkup() {
        // §4: $49 on a $120/month bill is a 41 % effective markup (49/120 = 40.8 %). 100,000 requests: no overage.
        Workload w = workload(100_000);
        ApiRoute route = ApiRoute.direct(HeadlineScenario.together()).withGateway(new GatewayTerms(portkey(), "Production", null, false));
        BigDecimal total = monthly(pricing.price(route, w), w);
        assertEquals(0, new BigDecimal("169").compareTo(total));
        assertEquals(new BigDecimal("0.408"), new BigDecimal("49").divide(new BigDecimal("120"), 3, java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    void portkeyChargesNineDollarsPerStartedBlockOfLogsOverTheAllowance() {
        // §4: $49 including 100k logs + $9 per extra 100k. 250,000 requests: 150,000 over, two started blocks: $49 + $18.
        Workload w = workload(250_000);
        ApiRoute route = ApiRoute.direct(HeadlineScenario.together()).withGateway(new GatewayTerms(portkey(), "Production", null, false));
        List<CostTerm> terms = pricing.price(route, w);
        assertEquals(0, new BigDecimal("187").compareTo(monthly(terms, w)));
        // The same mix at 400 tokens a request: 80M tokens are 200,000 requests, exactly one block over ($96 + $49 + $9);
        // one request more (400 tokens) starts the second block ($96.00048 + $49 + $18).
        CostFunction cost = new CostFunction(terms);
        assertEquals(0, new BigDecimal("154").compareTo(cost.at(80_000_000L)));
        assertEquals(0, new BigDecimal("163.00048").compareTo(cost.at(80_000_400L)));
    }

    @Test
    void cardTopUpsAreBoughtWholeAndSmallOnesPayTheMinimum() {
        // §4: 5.5 % with a $0.80 minimum per top-up; the minimum bites below $14.55. The fee stack buys whole
        // top-ups within the month: $120 of credits in $10 top-ups is 12 × $0.80 = $9.60 ($129.60); in $100
        // top-ups 2 × $5.50 = $11 ($131); as one top-up of exactly $120, max(5.5 % × 120, 0.80) = $6.60 ($126.60).
        Workload w = workload(100_000);
        GatewayFeeModel card = HeadlineScenario.openRouterCard();
        ApiRoute direct = ApiRoute.direct(HeadlineScenario.together());
        assertEquals(0, new BigDecimal("129.6").compareTo(monthly(pricing.price(direct.withGateway(
                new GatewayTerms(card, null, new BigDecimal("10"), false)), w), w)));
        assertEquals(0, new BigDecimal("131").compareTo(monthly(pricing.price(direct.withGateway(
                new GatewayTerms(card, null, new BigDecimal("100"), false)), w), w)));
        assertEquals(0, new BigDecimal("126.6").compareTo(monthly(pricing.price(direct.withGateway(
                new GatewayTerms(card, null, null, false)), w), w)));
    }

    @Test
    void topUpsStepUpOneTokenPastTheCreditsTheyCover() {
        // $100 top-ups on $1.20/1M of credits cover 83,333,333.3 tokens each: at 83,333,333 tokens one top-up,
        // one token more buys the second.
        GatewayTerms terms = new GatewayTerms(HeadlineScenario.openRouterCard(), null, new BigDecimal("100"), false);
        CostFunction cost = new CostFunction(pricing.price(ApiRoute.direct(HeadlineScenario.together()).withGateway(terms),
                workload(100_000)));
        CostTerm.Staircase topUps = cost.staircases().getFirst();
        assertEquals(1, topUps.steps(BigDecimal.valueOf(83_333_333L)));
        assertEquals(2, topUps.steps(BigDecimal.valueOf(83_333_334L)));
    }

    @Test
    void byokPaysFivePercentOnlyOnRequestsPastTheFreeMillion() {
        // §4: BYOK 5 % of the equivalent cost, first 1M requests a month free. 2M requests on $120 of tokens: the fee
        // falls on the second million, half the traffic: 5 % × $120 × 1M/2M = $3; the credits that pay it are one
        // card top-up of $3, which costs the $0.80 minimum. Total $120 + $3 + $0.80 = $123.80 (the tokens are billed
        // to the user's own key).
        Workload w = workload(2_000_000);
        ApiRoute route = ApiRoute.direct(HeadlineScenario.together())
                .withGateway(new GatewayTerms(HeadlineScenario.openRouterCard(), null, null, true));
        assertEquals(0, new BigDecimal("123.8").compareTo(monthly(pricing.price(route, w), w)));
        // At 1M requests nothing is charged yet, and no credits are needed.
        Workload under = workload(1_000_000);
        assertEquals(0, new BigDecimal("120").compareTo(monthly(pricing.price(route, under), under)));
    }

    @Test
    void batchShareIsBilledAtTheBatchDiscountAndTheNegotiatedDiscountComesAfter() {
        // §5.2: cost · [(1−b) + b·(1−d_batch)]. GPT-4o $2.50/$10 with the Batch API at −50 %, 40 % of traffic batched:
        // $437.50 × (0.6 + 0.4 × 0.5) = $350; a 10 % negotiated discount on top: $315.
        PriceEntry gpt4o = HeadlineScenario.price("openai", "gpt-4o", "2.50", "10.00", "https://openai.com/api/pricing", "2026-01-01")
                .toBuilder().batch(BatchPricing.discount(new BigDecimal("0.5"))).build();
        Workload w = workload(100_000).withBatchShare(new BigDecimal("0.4"));
        assertEquals(0, new BigDecimal("350").compareTo(monthly(pricing.price(ApiRoute.direct(gpt4o), w), w)));
        ApiRoute negotiated = ApiRoute.direct(gpt4o).withNegotiatedDiscount(new BigDecimal("0.1"));
        assertEquals(0, new BigDecimal("315").compareTo(monthly(pricing.price(negotiated, w), w)));
    }

    @Test
    void cacheReadsArePricedAtTheirOwnRate() {
        // GPT-4o cached input $1.25/1M: 75M input of which 40 % cache hits = 45M × 2.50 + 30M × 1.25 + 25M × 10
        // = 112.50 + 37.50 + 250 = $400.
        PriceEntry gpt4o = PriceEntry.builder("openai", "gpt-4o").rates(Rates.builder()
                        .setPerMillion(UsageBucket.UNCACHED_INPUT, new BigDecimal("2.50"))
                        .setPerMillion(UsageBucket.CACHE_READ, new BigDecimal("1.25"))
                        .setPerMillion(UsageBucket.OUTPUT_TEXT, new BigDecimal("10")).build())
                .provenance(Provenance.of("https://openai.com/api/pricing", LocalDate.parse("2026-01-01"))).build();
        Workload w = workload(100_000).withCacheHitShare(new BigDecimal("0.4"));
        assertEquals(0, new BigDecimal("400").compareTo(monthly(pricing.price(ApiRoute.direct(gpt4o), w), w)));
    }

    @Test
    void reasoningTokensWithoutTheirOwnRateArePricedAsOutput() {
        Workload w = workload(100_000).withMonthly(BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, 75_000_000)
                .set(UsageBucket.OUTPUT_TEXT, 15_000_000).set(UsageBucket.REASONING, 10_000_000)
                .set(UsageBucket.REQUESTS, 100_000).build());
        // 75M × 1.20 + (15M + 10M) × 1.20 = $120, reasoning at the output rate.
        assertEquals(0, new BigDecimal("120").compareTo(monthly(pricing.price(ApiRoute.direct(HeadlineScenario.together()), w), w)));
    }

    @Test
    void aBucketTheEntryHasNoRateForIsAnErrorNotFree() {
        // Together's Qwen entry has no cache-read rate; traffic with cache hits must not be priced at zero.
        Workload w = workload(100_000).withCacheHitShare(new BigDecimal("0.5"));
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> pricing.price(ApiRoute.direct(HeadlineScenario.together()), w));
        assertEquals("price", e.field());
        assertEquals("together_ai Qwen/Qwen2.5-72B-Instruct-Turbo", e.value());
        assertEquals("has no rate for cache_read, which the workload uses (37500000 per month)", e.reason());
    }
}
