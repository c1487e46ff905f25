package dev.ratecard.workspace.prices;

import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.Routes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.ratecard.importers.model.TestRates.rates;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.workspace.prices.TestSheets.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Searching the catalogue by provider, model id and alias. */
class CatalogueSearchTest {
    private static final PriceEntry SONNET = entry("anthropic", "claude-sonnet-4-5", Routes.DIRECT, rates(OUTPUT_TEXT, "15"))
            .alias("claude-sonnet-4-5-20250929").build();
    private static final PriceEntry QWEN = entry("together_ai", "together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo", Routes.DIRECT,
            rates(OUTPUT_TEXT, "1.2")).build();

    @ParameterizedTest(name = "\"{0}\" finds Sonnet: {1}, Qwen: {2}")
    @CsvSource(textBlock = """
            '',                   true,  true
            sonnet-4-5,           true,  false
            SONNET 4.5,           true,  false
            sonnet-4.5,           true,  false
            20250929,             true,  false
            anthropic sonnet,     true,  false
            anthropic qwen,       false, false
            together ai,          false, true
            together_ai,          false, true
            qwen2.5-72b,          false, true
            qwen2-5 turbo,        false, true
            haiku,                false, false
            """)
    void findsRowsWhoseProviderModelOrAliasHoldsEveryWord(String query, boolean findsSonnet, boolean findsQwen) {
        CatalogueSearch search = CatalogueSearch.of(query);

        assertEquals(findsSonnet, search.matches(SONNET));
        assertEquals(findsQwen, search.matches(QWEN));
    }
}
