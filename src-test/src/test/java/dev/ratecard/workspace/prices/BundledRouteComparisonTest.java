package dev.ratecard.workspace.prices;

import dev.ratecard.importers.Progress;
import dev.ratecard.pricing.Money;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claude Sonnet 4.5 across the routes of the bundled catalogue, at the design's reference month: 100M tokens, 25 %
 * output, no cache, 50,000 requests. Anthropic's list price is $3 per 1M input and $15 per 1M output tokens
 * (anthropic.com/pricing, the bundled anthropic sheet); the fees are those of the bundled gateways file.
 */
class BundledRouteComparisonTest {
    private static RouteComparison sonnet;

    @BeforeAll
    static void compareSonnet(@TempDir Path dataFolder) throws Exception {
        LibraryContents contents = PriceLibrary.inDataFolder(BundledCatalogue.load(), dataFolder).load(Progress.NONE);
        RouteComparer comparer = new RouteComparer(contents, YearMonth.of(2026, 8));
        sonnet = comparer.compare(comparer.find("claude-sonnet-4-5").orElseThrow().entry(), ReferenceWorkload.defaults(),
                ComparisonSettings.defaults());
    }

    @Test
    void comparesTheAnthropicSheetsEntry() {
        assertEquals("anthropic", sonnet.model().provider());
        assertEquals("claude-sonnet-4-5", sonnet.model().model());
    }

    @Test
    void pricesEachRouteAsWorkedOutByHand() {
        Map<String, Money> monthly = sonnet.ranked().stream()
                .collect(Collectors.toMap(route -> route.option().label(), RouteResult.Priced::monthly));

        // Direct: 75M × $3/M + 25M × $15/M = $225 + $375 = $600.
        assertEquals(Money.usd("600"), monthly.get("anthropic (direct)"));
        // OpenRouter passes the price through; one card top-up of the month's $600 costs 5.5 %: $600 × 1.055 = $633.
        assertEquals(Money.usd("633"), monthly.get("OpenRouter, credits bought by card"));
        // By crypto, 5 %: $600 × 1.05 = $630.
        assertEquals(Money.usd("630"), monthly.get("OpenRouter, credits bought with crypto"));
        // Portkey Production: $49 a month with 100,000 logs; 50,000 requests fit: $600 + $49 = $649.
        assertEquals(Money.usd("649"), monthly.get("Portkey AI gateway over anthropic (direct)"));
        // Merge Gateway Pro adds 5 %: $600 × 1.05 = $630; Bytez 2 %: $600 × 1.02 = $612.
        assertEquals(Money.usd("630"), monthly.get("Merge Gateway (Pro) over anthropic (direct)"));
        assertEquals(Money.usd("612"), monthly.get("Bytez (closed models) over anthropic (direct)"));
        // Helicone Pro: $79 a month: $600 + $79 = $679.
        assertEquals(Money.usd("679"), monthly.get("Helicone (subscription) over anthropic (direct)"));
    }

    @Test
    void putsTheProvidersOwnPriceFirstAndTheRestInAscendingOrder() {
        List<BigDecimal> totals = sonnet.ranked().stream().map(route -> route.monthly().amount()).toList();

        assertEquals("anthropic (direct)", sonnet.ranked().get(0).option().label());
        assertEquals(Money.usd("6"), sonnet.ranked().get(0).perMillion(), "$600 / 100M tokens = $6 per 1M");
        assertEquals(totals.stream().sorted().toList(), totals);
    }

    @Test
    void findsTheSameModelAtTheOtherHostsOfTheBroadCatalogue() {
        List<String> labels = sonnet.ranked().stream().map(route -> route.option().label()).toList();

        assertTrue(labels.containsAll(List.of("bedrock (direct)", "vertex_ai-anthropic_models (direct)", "azure_ai (direct)")),
                labels.toString());
    }

    @Test
    void leavesOutWhatCannotBeRankedWithTheReason() {
        Map<String, String> reasons = sonnet.notComparable().stream()
                .collect(Collectors.toMap(route -> route.option().label(), RouteResult.NotComparable::reason));

        assertEquals("TokenMix (pay-as-you-go) publishes no markup figure; enter the markup you see to rank it",
                reasons.get("TokenMix (pay-as-you-go) over anthropic (direct)"));
        assertTrue(reasons.get("Helicone (usage-based log pricing) over anthropic (direct)").contains("plans[0].request_tiers"));
        // LiteLLM lists github_copilot's Sonnet 4.5 without token prices: unpriced, so not ranked at $0.
        assertTrue(reasons.get("github_copilot (direct)").startsWith("no price for uncached_input (75000000 used)"));
    }
}
