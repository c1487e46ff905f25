package dev.ratecard.workspace.catalogue;

import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file the catalogue bundles reads through the same readers a user's file goes through. */
class BundledCatalogueTest {
    private static BundledCatalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = BundledCatalogue.load();
    }

    static Stream<CatalogueEntry> priceSheets() {
        return BundledCatalogue.load().entries(CatalogueEntry.Kind.PRICE_SHEET).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("priceSheets")
    void everyBundledSheetReadsWithoutErrors(CatalogueEntry entry) throws Exception {
        PriceSheetRead read = catalogue.sheet(entry);

        assertEquals(List.of(), read.issues().stream().filter(ImportIssue::isError).map(ImportIssue::describe).toList());
        assertFalse(read.sheet().entries().isEmpty(), entry.id() + " has entries");
        assertEquals(entry.id(), read.sheet().id());
        for (PriceEntry price : read.sheet().entries()) {
            assertFalse(price.provenance().source().isBlank(), price.model() + " has a source");
        }
    }

    @Test
    void theBroadSnapshotsKeepEveryEntryTheyCanPrice() throws Exception {
        // litellm-2026-07-24.json holds 2,982 model entries besides its reserved keys (price-sheets.md §1.1);
        // the OpenRouter list of 2026-08-01 holds 336 models, 5 of them routers priced "-1" ("varies"),
        // which are left out with a warning each rather than read as free.
        assertEquals(2_982, catalogue.sheet(catalogue.find("litellm").orElseThrow()).sheet().entries().size());
        PriceSheetRead openRouter = catalogue.sheet(catalogue.find("openrouter").orElseThrow());
        assertEquals(331, openRouter.sheet().entries().size());
        assertEquals(List.of("openrouter/auto-beta", "openrouter/fusion", "openrouter/pareto-code", "openrouter/bodybuilder",
                        "openrouter/auto"),
                openRouter.issues().stream()
                        .filter(i -> "-1".equals(i.value()) && i.reason().endsWith("its price varies with the model it routes to"))
                        .map(i -> i.reason().substring(0, i.reason().indexOf(' ')))
                        .toList());
    }

    @Test
    void aDirectSheetCarriesThePublishedPrice() throws Exception {
        // OpenAI pricing: gpt-4o $2.50 per 1M input tokens, $10 per 1M output, $1.25 cached.
        PriceEntry gpt4o = catalogue.sheet(catalogue.find("openai").orElseThrow()).sheet().entries().stream()
                .filter(e -> e.model().equals("gpt-4o")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("2.5").compareTo(gpt4o.rates().perMillion(UsageBucket.UNCACHED_INPUT)));
        assertEquals(0, new BigDecimal("10").compareTo(gpt4o.rates().perMillion(UsageBucket.OUTPUT_TEXT)));
        assertEquals(0, new BigDecimal("1.25").compareTo(gpt4o.rates().perMillion(UsageBucket.CACHE_READ)));
    }

    @Test
    void readsTheGatewayGpuAndThroughputFiles() throws Exception {
        assertTrue(catalogue.gateways().values().stream().anyMatch(g -> g.id().equals("openrouter-card")));
        assertTrue(catalogue.gpuOffers().values().size() > 40, "every usable row of gpu_prices.csv");
        assertTrue(catalogue.throughput().values().stream().anyMatch(p -> p.proxyFor() != null));
    }

    @Test
    void findsSheetsByTheIdUsersType() {
        assertEquals("Anthropic (direct)", catalogue.find(" Anthropic ").orElseThrow().name());
        assertTrue(catalogue.find("no-such-sheet").isEmpty());
    }
}
