package dev.ratecard.importers.prices.portkey;

import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.prices.Fixtures;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.ReadContext;
import dev.ratecard.importers.prices.read.SheetInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static dev.ratecard.importers.prices.Fixtures.assertSameAmount;
import static dev.ratecard.importers.prices.Fixtures.entry;
import static dev.ratecard.importers.prices.Fixtures.rejected;
import static dev.ratecard.importers.prices.Fixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortkeyReaderTest {
    private static final ReadContext DATED = ReadContext.NONE.withAsOf(LocalDate.of(2026, 8, 21));
    private final PortkeyReader reader = new PortkeyReader();

    private PriceSheetRead excerpt() throws Exception {
        return reader.read(new SheetInput("portkey_pricing_excerpt.json",
                resource("portkey/portkey_pricing_excerpt.json"), ReadContext.NONE));
    }

    private PriceSheetRead read(String fileName, String json) throws Exception {
        return Fixtures.read(reader, fileName, json, DATED);
    }

    @Test
    void dividesCentsByOneHundredExactly() throws Exception {
        // Portkey lists gpt-4o input at 0.00025 US cents per token: 0.00025 / 100 = $0.0000025 per token,
        // $2.50 per 1M, which is OpenAI's published gpt-4o input price.
        PriceEntry gpt4o = entry(excerpt(), "gpt-4o");
        assertEquals(0, new BigDecimal("0.0000025").compareTo(gpt4o.rates().get(UNCACHED_INPUT)));
        assertSameAmount("2.50", gpt4o.rates().perMillion(UNCACHED_INPUT));
        assertSameAmount("10", gpt4o.rates().perMillion(OUTPUT_TEXT));
        // web_search: 1 cent per call = $0.01.
        assertSameAmount("0.01", gpt4o.rates().get(UsageBucket.WEB_SEARCH));
    }

    @Test
    void readsGtTiersAsStrictlyAboveTheirThreshold() throws Exception {
        // context_tier_map {"0": "lte-272k", "272000": "gt-272k"}: 272,000 tokens is still "lte".
        ContextTier tier = entry(excerpt(), "gpt-5.4").tiers().get(0);
        assertEquals(272_000, tier.threshold());
        assertFalse(tier.appliesTo(272_000));
        assertTrue(tier.appliesTo(272_001));
        // gt-272k request_token 0.0005 cents = $5 per 1M, twice the base $2.50.
        assertSameAmount("5", tier.rates().perMillion(UNCACHED_INPUT));
    }

    @Test
    void turnsRegionPricesThatAreOneMultipleOfTheDefaultIntoAnUplift() throws Exception {
        // gpt-5.4 in us/eu/…: 0.000275 cents against 0.00025 by default, +10 %, on every token price.
        PriceEntry gpt = entry(excerpt(), "gpt-5.4");
        assertSameAmount("1.1", gpt.regions().get("eu").multiplier());
        assertTrue(gpt.regions().get("eu").includesCache());
        // vertex-ai claude-sonnet-4-5 in us-east5 rounds cache writes (0.000413 vs 0.000375 x 1.1 = 0.0004125):
        // not one multiple, so no uplift, a warning, and the prices kept as other fields.
        PriceEntry vertex = entry(excerpt(), "claude-sonnet-4-5");
        assertTrue(vertex.regions().isEmpty());
        assertTrue(vertex.extra().containsKey("custom_pricing"));
    }

    @Test
    void readsASingleProviderFileNamedForItsProviderAndSkipsItsDefaultEntry() throws Exception {
        PriceSheetRead read = reader.read(new SheetInput("anthropic.json", resource("portkey/anthropic.json"), DATED));
        assertEquals(List.of("claude-sonnet-4-5", "claude-opus-4-7"),
                read.sheet().entries().stream().map(PriceEntry::model).toList());
        assertTrue(read.sheet().entries().stream().allMatch(e -> e.provider().equals("anthropic")));
        assertTrue(read.sheet().extra().containsKey("anthropic/default"));
    }

    @Test
    void leavesOutAModelPortkeyGivesNoPricesWithAWarning() throws Exception {
        ImportIssue warning = excerpt().issues().get(2);
        assertEquals(ImportIssue.Severity.WARNING, warning.severity());
        assertEquals("code-davinci-002 is not listed: Portkey gives it no prices", warning.reason());
    }

    @Test
    void prefersAPlainWebSearchPriceToPerContextSizeOnes() throws Exception {
        PriceEntry entry = entry(read("x.json", """
                {"m": {"pricing_config": {"pay_as_you_go": {"request_token": {"price": 0.0001},
                  "additional_units": {"web_search_medium_context": {"price": 1.0}, "web_search": {"price": 2}}}}}}
                """), "m");
        assertSameAmount("0.02", entry.rates().get(UsageBucket.WEB_SEARCH));
        assertTrue(entry.extra().containsKey("pricing_config.pay_as_you_go.additional_units.web_search_medium_context"));
    }

    @Test
    void skipsAModelWithANegativePriceAndNamesIt() throws Exception {
        PriceSheetRead read = read("openai.json", """
                {"good": {"pricing_config": {"pay_as_you_go": {"request_token": {"price": 0.0001}}}},
                 "bad": {"pricing_config": {"pay_as_you_go": {"response_token": {"price": -0.001}}}},
                 "odd": {"pricing_config": {"pay_as_you_go": {"request_token": 0.0001}}}}
                """);
        assertEquals(List.of("good"), read.sheet().entries().stream().map(PriceEntry::model).toList());
        assertEquals(List.of(
                "openai.json:2 $.bad.pricing_config.pay_as_you_go.response_token.price column price, value \"-0.001\": "
                        + "negative rate; a rate is never below zero",
                "openai.json:3 $.odd.pricing_config.pay_as_you_go.request_token column request_token, value \"0.0001\": "
                        + "a price must be an object {\"price\": cents}"),
                read.issues().stream().map(ImportIssue::describe).toList());
    }

    @Test
    void rejectsAFileWithoutModels() {
        List<ImportIssue> issues = rejected(() -> read("empty.json", "{\"_source\": \"nowhere\"}"));
        assertEquals("no entries found; expected Portkey's pricing JSON, models with a \"pricing_config\" "
                + "(or providers of them)", issues.get(0).reason());
    }
}
