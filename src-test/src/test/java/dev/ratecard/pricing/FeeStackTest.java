package dev.ratecard.pricing;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.GatewayFeeModel.ByokFee;
import dev.ratecard.importers.model.GatewayFeeModel.GatewayPlan;
import dev.ratecard.importers.model.GatewayFeeModel.TopUpFee;
import dev.ratecard.importers.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The fee stack, step by step and in the design's order, over a month of provider cost. */
class FeeStackTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Provenance FAQ = Provenance.of("https://openrouter.ai/docs/faq", LocalDate.of(2026, 8, 1));

    /** OpenRouter by card (openrouter.ai/docs/faq): no token markup, 5.5 % per top-up with a $0.80 minimum, BYOK 5 % after 1M requests a month. */
    private static final GatewayFeeModel OPENROUTER = new GatewayFeeModel("openrouter-card", "OpenRouter, card", "openrouter",
            FAQ, BigDecimal.ZERO, BigDecimal.ZERO, new TopUpFee(new BigDecimal("0.055"), new BigDecimal("0.80"), "card"),
            new ByokFee(new BigDecimal("0.05"), 1_000_000), List.of(), false, null);

    private final FeeStack stack = new FeeStack();

    private static GatewayFeeModel gateway(String markup, String perRequest, TopUpFee topUp, List<GatewayPlan> plans) {
        return new GatewayFeeModel("test-gateway", "Test gateway", "test", FAQ, new BigDecimal(markup), new BigDecimal(perRequest),
                topUp, null, plans, true, null);
    }

    private static MonthlyUsageCost month(String cost, long requests) {
        return MonthlyUsageCost.of(MARCH, Money.usd(cost), requests);
    }

    @Test
    void appliesEveryStepInTheDesignsOrder() {
        // list 1000 → context tier/region/service tier 1100 → batch 1050 → −10 % negotiated → 5 % markup and
        // $0.001 per request → top-ups of $500 at 5.5 % (min $0.80) → no BYOK → $49 plan with 100k requests
        GatewayFeeModel fees = gateway("0.05", "0.001", new TopUpFee(new BigDecimal("0.055"), new BigDecimal("0.80"), "card"),
                List.of(new GatewayPlan("Production", new BigDecimal("49"), 100_000, new BigDecimal("9"), 100_000)));
        MonthlyUsageCost usage = new MonthlyUsageCost(MARCH, Money.usd("1000"), Money.usd("1100"), Money.usd("1050"), 10_000, true);

        MonthlyBill bill = stack.bill(usage, fees, FeeSettings.none().withNegotiatedDiscount(new BigDecimal("0.10"))
                .withTopUp(new BigDecimal("500")));

        assertEquals(List.of(FeeStep.values()), bill.steps().stream().map(FeeLine::step).toList());
        assertEquals(List.of(
                        Money.usd("1000"),    // list price
                        Money.usd("100"),     // 1100 − 1000
                        Money.usd("-50"),     // 1050 − 1100
                        Money.usd("-105"),    // 10 % of 1050 → 945
                        Money.usd("57.25"),   // 5 % of 945 = 47.25, + 10,000 × 0.001 = 10 → 1002.25
                        Money.usd("82.5"),    // ⌈1002.25 / 500⌉ = 3 top-ups × max(5.5 % × 500, 0.80) = 3 × 27.5
                        Money.usd("0"),       // not BYOK
                        Money.usd("49")),     // 10,000 requests are within the plan's 100,000
                bill.steps().stream().map(FeeLine::amount).toList());
        // 945 + 57.25 + 82.5 + 49 = 1133.75
        assertEquals(Money.usd("1133.75"), bill.total());
        assertEquals(Money.usd("945"), bill.providerCost());
        assertEquals(Money.usd("188.75"), bill.gatewayFees());
    }

    @Test
    void discountBeforeTheMarkupGivesADifferentTotalThanAfter() {
        // $1000 of tokens, 10,000 requests, 20 % negotiated discount, 5 % markup + $0.01 per request.
        GatewayFeeModel fees = gateway("0.05", "0.01", null, List.of());

        MonthlyBill bill = stack.bill(month("1000", 10_000), fees,
                FeeSettings.none().withNegotiatedDiscount(new BigDecimal("0.20")));

        // Design order, discount first: 1000 × 0.8 = 800; 800 × 1.05 = 840; + 10,000 × 0.01 = 100 → 940.
        // Markup first would give (1000 × 1.05 + 100) × 0.8 = 920: the discount would wrongly shrink the fixed fee.
        assertEquals(Money.usd("940"), bill.total());
        assertNotEquals(Money.usd("920"), bill.total());
    }

    @ParameterizedTest(name = "spend {0} in top-ups of {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # spend | top-up | fee by hand | arithmetic
            1000    | 100    | 55          | ⌈1000/100⌉ = 10 × max(5.5 % × 100 = 5.50, 0.80) = 55: the percentage
            50      | 10     | 4           | ⌈50/10⌉ = 5 × max(0.55, 0.80) = 4: the minimum, 8 % of the spend
            120     | 50     | 8.25        | ⌈120/50⌉ = 3 × max(2.75, 0.80): a part top-up is a whole purchase
            14.55   | 14.55  | 0.80025     | 5.5 % × 14.55 = 0.80025 > 0.80: from $14.55 the percentage dominates
            14.54   | 14.54  | 0.80        | 5.5 % × 14.54 = 0.7997 < 0.80: just below, the minimum
            """)
    void topUpFeeIsTheLargerOfThePercentageAndTheMinimumPerPurchase(String spend, String topUp, String fee, String arithmetic) {
        // OpenRouter's FAQ: card purchases cost "5.5% ($0.80 minimum)"; proxy_fees.csv: 5.5 % dominates from $14.55.
        MonthlyBill bill = stack.bill(month(spend, 1), OPENROUTER, FeeSettings.none().withTopUp(new BigDecimal(topUp)));

        assertEquals(Money.usd(fee), bill.amount(FeeStep.TOP_UP_FEE));
        assertEquals(Money.usd(spend).plus(Money.usd(fee)), bill.total());
    }

    @Test
    void withoutATopUpSizeTheMonthIsBoughtInOnePurchase() {
        // one top-up of $1000: max(5.5 % × 1000, 0.80) = 55
        assertEquals(Money.usd("55"), stack.bill(month("1000", 1), OPENROUTER, FeeSettings.none()).amount(FeeStep.TOP_UP_FEE));
    }

    @Test
    void byokIsFreeWithinTheMonthlyAllowance() {
        MonthlyBill bill = stack.bill(month("2000", 800_000), OPENROUTER, FeeSettings.none().withByok(true));

        // 800,000 requests ≤ 1,000,000 free: no BYOK fee, no credits to buy; the $2000 is billed by the provider
        assertEquals(Money.usd("0"), bill.amount(FeeStep.BYOK_FEE));
        assertEquals(Money.usd("0"), bill.amount(FeeStep.TOP_UP_FEE));
        assertEquals(Money.usd("2000"), bill.total());
    }

    @Test
    void byokChargesItsFractionOnTheRequestsPastTheAllowance() {
        MonthlyBill bill = stack.bill(month("2000", 1_250_000), OPENROUTER, FeeSettings.none().withByok(true));

        // 5 % × 2000 × (1,250,000 − 1,000,000) / 1,250,000 = 100 × 0.2 = 20, paid from credits bought in one
        // top-up of $20: max(5.5 % × 20 = 1.10, 0.80) = 1.10. Total 2000 + 1.10 + 20 = 2021.10
        assertEquals(Money.usd("20"), bill.amount(FeeStep.BYOK_FEE));
        assertEquals(Money.usd("1.10"), bill.amount(FeeStep.TOP_UP_FEE));
        assertEquals(Money.usd("2021.10"), bill.total());
    }

    @ParameterizedTest(name = "{0} requests → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # requests | plan fees by hand | arithmetic
            100000     | 49                | within the 100,000 included
            100001     | 58                | 1 request over starts a block: 49 + 1 × 9
            200000     | 58                | 100,000 over: exactly 1 block
            250001     | 67                | 150,001 over: ⌈1.50001⌉ = 2 blocks, 49 + 18
            """)
    void planOverageIsChargedPerStartedBlock(long requests, String fees, String arithmetic) {
        // Portkey Production (proxy_fees.csv): $49/month with 100k logs, $9 per extra 100k.
        GatewayFeeModel portkey = gateway("0", "0", null,
                List.of(new GatewayPlan("Production", new BigDecimal("49"), 100_000, new BigDecimal("9"), 100_000)));

        assertEquals(Money.usd(fees), stack.bill(month("0", requests), portkey, FeeSettings.none()).amount(FeeStep.PLAN_FEES));
    }

    @Test
    void directRouteStopsAfterTheNegotiatedDiscount() {
        MonthlyBill bill = stack.bill(month("1000", 5), null, FeeSettings.none().withNegotiatedDiscount(new BigDecimal("0.15"))
                .withByok(true));

        // 1000 × (1 − 0.15) = 850; gateway settings such as BYOK do not apply to direct traffic
        assertEquals(List.of(FeeStep.LIST_PRICE, FeeStep.TIER_REGION_SERVICE_TIER, FeeStep.BATCH, FeeStep.NEGOTIATED_DISCOUNT),
                bill.steps().stream().map(FeeLine::step).toList());
        assertEquals(Money.usd("850"), bill.total());
        assertEquals("direct", bill.route());
    }

    @Test
    void refusesBadSettingsWithTheReason() {
        GatewayFeeModel noByok = gateway("0", "0", null, List.of());

        assertEquals("Test gateway has no bring-your-own-key option", assertThrows(IllegalArgumentException.class,
                () -> stack.bill(month("1", 1), noByok, FeeSettings.none().withByok(true))).getMessage());
        assertEquals("Test gateway has no plan \"Enterprise\"; it has []", assertThrows(IllegalArgumentException.class,
                () -> stack.bill(month("1", 1), noByok, FeeSettings.none().withPlan("Enterprise"))).getMessage());
        assertEquals("negotiated discount must be between 0 and 1: 1.5", assertThrows(IllegalArgumentException.class,
                () -> FeeSettings.none().withNegotiatedDiscount(new BigDecimal("1.5"))).getMessage());
        assertEquals("top-up size must be positive: 0", assertThrows(IllegalArgumentException.class,
                () -> FeeSettings.none().withTopUp(BigDecimal.ZERO)).getMessage());
    }

    @Test
    void refusesToPriceAPlanWithNoPublicPriceAsFree() {
        // Portkey Enterprise and LiteLLM Enterprise are "contact sales": no figure, so no silent $0.
        GatewayFeeModel fees = gateway("0", "0", null,
                List.of(new GatewayPlan("Enterprise", null, 0, BigDecimal.ZERO, 0)));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> stack.bill(month("1000", 10_000), fees, FeeSettings.none()));

        assertEquals("Test gateway plan \"Enterprise\" has no public price; enter the monthly fee you were quoted",
                error.getMessage());
    }

    @Test
    void usesTheQuotedFeeForAPlanWithNoPublicPrice() {
        // $1000 of tokens + the $2,500/month the user was quoted = $3,500.
        GatewayFeeModel fees = gateway("0", "0", null,
                List.of(new GatewayPlan("Enterprise", null, 0, BigDecimal.ZERO, 0)));

        MonthlyBill bill = stack.bill(month("1000", 10_000), fees,
                FeeSettings.none().withPlanFee(new BigDecimal("2500")));

        assertEquals(Money.usd("2500"), bill.amount(FeeStep.PLAN_FEES));
        assertEquals(Money.usd("3500"), bill.total());
    }

    private static String explanation(MonthlyBill bill, FeeStep step) {
        return bill.steps().stream().filter(line -> line.step() == step).findFirst().orElseThrow().explanation();
    }

    @Test
    void explainsEveryStepInPlainNumbers() {
        // The setup of appliesEveryStepInTheDesignsOrder, with amounts written at storage scale: 500.000000 and
        // 0.800000 must read as 500 and 0.8.
        GatewayFeeModel fees = gateway("0.050000", "0.001000",
                new TopUpFee(new BigDecimal("0.055000"), new BigDecimal("0.800000"), "card"),
                List.of(new GatewayPlan("Production", new BigDecimal("49.000000"), 100_000, new BigDecimal("9.000000"), 100_000)));
        MonthlyUsageCost usage = new MonthlyUsageCost(MARCH, Money.usd("1000"), Money.usd("1100"), Money.usd("1050"), 10_000, true);

        MonthlyBill bill = stack.bill(usage, fees, FeeSettings.none().withNegotiatedDiscount(new BigDecimal("0.10"))
                .withTopUp(new BigDecimal("500.000000")));

        assertEquals(List.of(
                "usage at the sheets' list rates",
                "context tiers, time windows, service tiers and regional uplifts",
                "batch rates and discounts",
                "−10% of 1050",
                "5% of 945 + 0.001 × 10000 requests",                    // 1050 − 105 = 945
                "⌈1002.25 / 500⌉ = 3 top-ups × max(5.5% × 500, 0.8)",    // 945 + 47.25 + 10 = 1002.25 of credits
                "not bring-your-own-key",
                "plan \"Production\": 49 a month"),                      // 10,000 requests: no overage block started
                bill.steps().stream().map(FeeLine::explanation).toList());
    }

    @Test
    void explainsOneTopUpOfTheMonthsSpendWithoutADivision() {
        // No top-up size: one purchase of the month's $600 credits, max(5.5 % × 600 = 33, 0.80) = 33.
        MonthlyBill bill = stack.bill(month("600.000000", 3), OPENROUTER, FeeSettings.none());

        assertEquals(Money.usd("33"), bill.amount(FeeStep.TOP_UP_FEE));
        assertEquals("1 top-up of 600: max(5.5% × 600, 0.8)", explanation(bill, FeeStep.TOP_UP_FEE));
        assertEquals("no markup", explanation(bill, FeeStep.GATEWAY_MARKUP));
    }

    @Test
    void explainsATopUpFeeWithoutAMinimumAsItsShareAlone() {
        // Crypto top-ups: 5 % with no minimum, so one top-up of the month's $600 costs 5 % × 600 = $30.
        GatewayFeeModel crypto = gateway("0", "0", new TopUpFee(new BigDecimal("0.05"), BigDecimal.ZERO, "crypto"), List.of());
        MonthlyBill bill = stack.bill(month("600.000000", 3), crypto, FeeSettings.none());

        assertEquals(Money.usd("30"), bill.amount(FeeStep.TOP_UP_FEE));
        assertEquals("1 top-up of 600: 5% × 600", explanation(bill, FeeStep.TOP_UP_FEE));
    }

    @Test
    void explainsOnlyTheMarkupPartsTheGatewayCharges() {
        // $0.002 per request and no token markup: 0.002 × 5000 = $10.
        MonthlyBill bill = stack.bill(month("100", 5000), gateway("0", "0.002", null, List.of()), FeeSettings.none());

        assertEquals(Money.usd("10"), bill.amount(FeeStep.GATEWAY_MARKUP));
        assertEquals("0.002 × 5000 requests", explanation(bill, FeeStep.GATEWAY_MARKUP));
    }

    @Test
    void explainsPlanOverageOnlyWhenABlockWasStarted() {
        GatewayFeeModel portkey = gateway("0", "0", null,
                List.of(new GatewayPlan("Production", new BigDecimal("49"), 100_000, new BigDecimal("9"), 100_000)));
        GatewayFeeModel flat = gateway("0", "0", null, List.of(new GatewayPlan("Hobby", BigDecimal.ZERO, 10_000, BigDecimal.ZERO, 0)));

        // 250,001 requests: 150,001 past the 100,000 included start 2 blocks, 49 + 9 × 2 = 67.
        assertEquals("plan \"Production\": 49 a month + 9 × 2 started blocks of 100000 requests past the 100000 included",
                explanation(stack.bill(month("0", 250_001), portkey, FeeSettings.none()), FeeStep.PLAN_FEES));
        // 100,001 requests: one request over starts one block, 49 + 9 = 58.
        assertEquals("plan \"Production\": 49 a month + 9 × 1 started block of 100000 requests past the 100000 included",
                explanation(stack.bill(month("0", 100_001), portkey, FeeSettings.none()), FeeStep.PLAN_FEES));
        // A free plan with no overage blocks: nothing about "0 started blocks of 0".
        assertEquals("plan \"Hobby\": 0 a month",
                explanation(stack.bill(month("0", 50_000), flat, FeeSettings.none()), FeeStep.PLAN_FEES));
    }

    @Test
    void explainsTheByokFeeByTheRequestsItCovers() {
        // 1,250,000 requests, 1,000,000 free: 5 % × 2000 × 250,000 / 1,250,000 = 20.
        assertEquals("5% of 2000 × (1250000 − 1000000 free) / 1250000 requests", explanation(
                stack.bill(month("2000", 1_250_000), OPENROUTER, FeeSettings.none().withByok(true)), FeeStep.BYOK_FEE));
        assertEquals("800000 requests, within the 1000000 free a month", explanation(
                stack.bill(month("2000", 800_000), OPENROUTER, FeeSettings.none().withByok(true)), FeeStep.BYOK_FEE));
    }
}
