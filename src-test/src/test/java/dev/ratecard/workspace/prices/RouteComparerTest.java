package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.GatewayFeeModel;
import dev.ratecard.importers.model.GatewayFeeModel.GatewayPlan;
import dev.ratecard.importers.model.GatewayFeeModel.TopUpFee;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.PriceSheetFormat;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.prices.read.CatalogueItem;
import dev.ratecard.pricing.FeeStep;
import dev.ratecard.pricing.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static dev.ratecard.importers.model.TestRates.rates;
import static dev.ratecard.importers.model.UsageBucket.CACHE_READ;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static dev.ratecard.workspace.prices.TestSheets.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One model across every route that sells it, on sheets and fee models written here, each figure worked by hand. */
class RouteComparerTest {
    private static final YearMonth MONTH = YearMonth.of(2026, 8);

    private static final PriceEntry ACME_LARGE = entry("acme", "acme-large", Routes.DIRECT,
            rates(UNCACHED_INPUT, "2.00", CACHE_READ, "0.20", OUTPUT_TEXT, "8.00")).build();
    private static final PriceEntry ACME_SOLO = entry("acme", "acme-solo", Routes.DIRECT,
            rates(UNCACHED_INPUT, "1.00", OUTPUT_TEXT, "2.00")).build();

    private static final LibrarySheet ACME = TestSheets.sheet("acme", PriceSheetFormat.RATECARD_JSON,
            LocalDate.of(2026, 8, 1), ACME_LARGE, ACME_SOLO);
    /** A broad catalogue: another host, a host without an output rate, a stale copy of Acme's own price, a free variant. */
    private static final LibrarySheet HOSTS = TestSheets.sheet("hosts", PriceSheetFormat.LITELLM, LocalDate.of(2026, 7, 24),
            entry("bighost", "bighost/acme-large", Routes.DIRECT, rates(UNCACHED_INPUT, "2.50", OUTPUT_TEXT, "10.00")).build(),
            entry("nohost", "nohost/acme-large", Routes.DIRECT, rates(UNCACHED_INPUT, "2.00")).build(),
            entry("acme", "acme/acme-large", Routes.DIRECT, rates(UNCACHED_INPUT, "9.00", OUTPUT_TEXT, "9.00")).build(),
            entry("freehost", "freehost/acme-large:free", Routes.DIRECT, rates(UNCACHED_INPUT, "0", OUTPUT_TEXT, "0")).build());
    /** A gateway's own list, passing Acme's price through. */
    private static final LibrarySheet ROUTER = TestSheets.sheet("router", PriceSheetFormat.OPENROUTER, LocalDate.of(2026, 8, 1),
            entry("acme", "acme/acme-large", "router", rates(UNCACHED_INPUT, "2.00", CACHE_READ, "0.20", OUTPUT_TEXT, "8.00")).build());

    private static final GatewayFeeModel ROUTER_CARD = new GatewayFeeModel("router-card", "Router by card", "router",
            TestSheets.SOURCE, BigDecimal.ZERO, BigDecimal.ZERO, new TopUpFee(new BigDecimal("0.055"), new BigDecimal("0.80"), "card"),
            null, List.of(), false, null);
    private static final GatewayFeeModel PASSTHRU = new GatewayFeeModel("passthru", "Passthru", "passthru", TestSheets.SOURCE,
            BigDecimal.ZERO, BigDecimal.ZERO, null, null,
            List.of(new GatewayPlan("Production", new BigDecimal("49"), 100_000, new BigDecimal("9"), 100_000)), false, null);
    private static final GatewayFeeModel YOURS = new GatewayFeeModel("yours", "Your-markup gateway", "yours", TestSheets.SOURCE,
            BigDecimal.ZERO, BigDecimal.ZERO, null, null, List.of(), true, "no public markup: enter yours");
    private static final GatewayFeeModel BANDED = new GatewayFeeModel("banded", "Banded logs", "banded", TestSheets.SOURCE,
            BigDecimal.ZERO, BigDecimal.ZERO, null, null, List.of(new GatewayPlan("Usage", BigDecimal.ZERO, 10_000, null, 0)),
            false, null);

    private static final List<CatalogueItem<GatewayFeeModel>> GATEWAYS = List.of(TestSheets.gateway(ROUTER_CARD),
            TestSheets.gateway(PASSTHRU), TestSheets.gateway(YOURS),
            TestSheets.gateway(BANDED, Map.of("plans[0].request_tiers", "[{\"usd_per_request\": \"0.0007\"}]")));

    private final RouteComparer comparer = new RouteComparer(
            new LibraryContents(List.of(ACME, HOSTS, ROUTER), GATEWAYS, List.of()), MONTH);

    @Test
    void ranksEveryRouteCheapestFirstWithItsFeesIncluded() {
        RouteComparison comparison = comparer.compare(ACME_LARGE, ReferenceWorkload.defaults(), ComparisonSettings.defaults());

        assertEquals(List.of(
                        // 75M × $2/M + 25M × $8/M = $150 + $200
                        "acme (direct) 350",
                        // the router's list price $350 (the same rates) + one top-up of $350 × 5.5 % = $19.25
                        "Router by card 369.25",
                        // Acme direct $350 + the $49 plan: 50,000 requests are within its 100,000
                        "Passthru over acme (direct) 399",
                        // 75M × $2.50/M + 25M × $10/M = $187.50 + $250
                        "bighost (direct) 437.5"),
                comparison.ranked().stream().map(route -> route.option().label() + " "
                        + route.monthly().amount().stripTrailingZeros().toPlainString()).toList());
    }

    @Test
    void statesTheCostPerMillionTokensWithTheFeesIncluded() {
        RouteComparison comparison = comparer.compare(ACME_LARGE, ReferenceWorkload.defaults(), ComparisonSettings.defaults());

        // $369.25 for 100M tokens = $3.6925 per 1M tokens.
        RouteResult.Priced router = comparison.ranked().get(1);
        assertEquals(Money.usd("3.6925"), router.perMillion());
        assertEquals(Money.usd("19.25"), router.fees());
        assertEquals(List.of(FeeStep.TOP_UP_FEE), router.feeLines().stream().map(line -> line.step()).toList());
    }

    @Test
    void listsARouteWithoutARateTheMonthUsesAsNotComparableNeverAsFree() {
        RouteComparison comparison = comparer.compare(ACME_LARGE, ReferenceWorkload.defaults(), ComparisonSettings.defaults());

        assertEquals("no price for output_text (25000000 used) in hosts (test)", reason(comparison, "nohost (direct)"));
    }

    @Test
    void aCacheHitShareLeavesOutTheHostsThatPriceNoCacheReads() {
        ReferenceWorkload cached = ReferenceWorkload.defaults().withCacheHitShare(new BigDecimal("0.40"));

        RouteComparison comparison = comparer.compare(ACME_LARGE, cached, ComparisonSettings.defaults());

        // 45M × $2/M + 30M × $0.20/M + 25M × $8/M = $90 + $6 + $200 = $296.
        assertEquals(Money.usd("296"), comparison.cheapest().orElseThrow().monthly());
        assertEquals("no price for cache_read (30000000 used) in hosts (test)", reason(comparison, "bighost (direct)"));
    }

    @Test
    void takesTheMoreSpecificSheetWhereTwoPriceTheSameRouteAndSkipsFreeVariants() {
        RouteComparison comparison = comparer.compare(ACME_LARGE, ReferenceWorkload.defaults(), ComparisonSettings.defaults());

        // The broad catalogue's stale $9/$9 copy of Acme's direct price loses to Acme's own sheet; the ":free"
        // variant is another product and is not offered as a route at $0.
        RouteResult.Priced acme = comparison.ranked().get(0);
        assertEquals("acme", acme.option().underlying().sheet().id());
        assertTrue(comparison.ranked().stream().noneMatch(route -> route.option().label().startsWith("freehost")));
        assertTrue(comparison.notComparable().stream().noneMatch(route -> route.option().label().startsWith("freehost")));
    }

    @Test
    void ranksAGatewayWhoseMarkupIsTheUsersOnlyOnceItIsEntered() {
        RouteComparison without = comparer.compare(ACME_LARGE, ReferenceWorkload.defaults(), ComparisonSettings.defaults());
        RouteComparison with = comparer.compare(ACME_LARGE, ReferenceWorkload.defaults(),
                ComparisonSettings.defaults().withMarkup("yours", new BigDecimal("0.03")));

        assertEquals("Your-markup gateway publishes no markup figure; enter the markup you see to rank it",
                reason(without, "Your-markup gateway over acme (direct)"));
        // $350 × 1.03 = $360.50
        RouteResult.Priced yours = with.ranked().stream()
                .filter(route -> route.option().label().equals("Your-markup gateway over acme (direct)")).findFirst().orElseThrow();
        assertEquals(Money.usd("360.50"), yours.monthly());
        assertEquals(1, with.ranked().indexOf(yours));
    }

    @Test
    void leavesUnrankedAFeeModelWithChargesRatecardDoesNotPrice() {
        RouteComparison comparison = comparer.compare(ACME_LARGE, ReferenceWorkload.defaults(), ComparisonSettings.defaults());

        assertEquals("Banded logs charges through plans[0].request_tiers, which Ratecard reads but does not price yet",
                reason(comparison, "Banded logs over acme (direct)"));
    }

    @Test
    void aGatewayWithItsOwnListDoesNotSellAModelItDoesNotList() {
        RouteComparison comparison = comparer.compare(ACME_SOLO, ReferenceWorkload.defaults(), ComparisonSettings.defaults());

        // acme-solo: 75M × $1/M + 25M × $2/M = $75 + $50 = $125 direct; Passthru adds its $49 plan.
        assertEquals(List.of("acme (direct) 125", "Passthru over acme (direct) 174"), comparison.ranked().stream()
                .map(route -> route.option().label() + " " + route.monthly().amount().stripTrailingZeros().toPlainString())
                .toList());
        assertTrue(comparison.notComparable().stream().noneMatch(route -> route.option().label().startsWith("Router")));
    }

    @Test
    void countsAPassThroughGatewayAsNoOtherSeller() {
        RouteComparison comparison = comparer.compare(ACME_SOLO, ReferenceWorkload.defaults(), ComparisonSettings.defaults());

        // Acme direct, and Passthru, Your-markup and Banded each on top of it: still Acme's one price.
        assertTrue(comparison.hasOneSellerOnly());
        assertEquals(List.of("acme (direct)"), comparison.sellers().stream().map(RouteMatch::label).toList());
    }

    @Test
    void saysWhenOnlyOneRouteSellsTheModel() {
        RouteComparer directOnly = new RouteComparer(new LibraryContents(List.of(ACME, ROUTER),
                List.of(TestSheets.gateway(ROUTER_CARD)), List.of()), MONTH);

        RouteComparison comparison = directOnly.compare(ACME_SOLO, ReferenceWorkload.defaults(), ComparisonSettings.defaults());

        assertTrue(comparison.hasOneSellerOnly());
        assertEquals(1, comparison.ranked().size());
    }

    @Test
    void findsTheEntryANameMeansAcrossTheLibrary() {
        assertEquals(ACME_LARGE, comparer.find("acme-large").orElseThrow().entry());
        assertTrue(comparer.find("no-such-model").isEmpty());
    }

    @Test
    void statesTheCostPerMillionExactlyWhenTheDivisionDoesNotEnd() {
        // $1 over 3 tokens is $333,333.33… per 1M tokens: kept to 34 significant digits, not rounded to cents.
        assertEquals(new BigDecimal("333333.3333333333333333333333333333"),
                RouteComparer.perMillion(Money.usd("1"), 3).amount());
    }

    private static String reason(RouteComparison comparison, String label) {
        return comparison.notComparable().stream().filter(route -> route.option().label().equals(label))
                .map(RouteResult.NotComparable::reason).findFirst()
                .orElseThrow(() -> new AssertionError(label + " is not among " + comparison.notComparable()));
    }
}
