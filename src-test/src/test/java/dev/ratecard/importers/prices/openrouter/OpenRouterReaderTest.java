package dev.ratecard.importers.prices.openrouter;

import dev.ratecard.importers.model.ContextTier;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.importers.prices.Fixtures;
import dev.ratecard.importers.prices.read.PriceSheetRead;
import dev.ratecard.importers.prices.read.ReadContext;
import dev.ratecard.importers.prices.read.SheetInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.ratecard.importers.model.UsageBucket.CACHE_WRITE_5M;
import static dev.ratecard.importers.model.UsageBucket.OUTPUT_TEXT;
import static dev.ratecard.importers.model.UsageBucket.UNCACHED_INPUT;
import static dev.ratecard.importers.prices.Fixtures.assertSameAmount;
import static dev.ratecard.importers.prices.Fixtures.entry;
import static dev.ratecard.importers.prices.Fixtures.rejected;
import static dev.ratecard.importers.prices.Fixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenRouterReaderTest {
    private static final String FILE = "openrouter_models_2026-08-01.json";
    private static final ReadContext DATED = ReadContext.NONE.withAsOf(LocalDate.of(2026, 8, 1));
    private final OpenRouterReader reader = new OpenRouterReader();

    private PriceSheetRead excerpt(ReadContext context) throws Exception {
        return reader.read(new SheetInput(FILE, resource("openrouter/" + FILE), context));
    }

    private PriceSheetRead read(String json) throws Exception {
        return Fixtures.read(reader, "models.json", json, DATED);
    }

    @Test
    void appliesTheClaudeOverrideFrom200000PromptTokensOn() throws Exception {
        // OpenRouter lists anthropic/claude-sonnet-4.5 at $3 / $15 per 1M and, from min_prompt_tokens 200,000,
        // $6 / $22.50: the same as Anthropic's own long-context price, at the threshold itself.
        PriceEntry sonnet = entry(excerpt(DATED), "anthropic/claude-sonnet-4.5");
        assertEquals("anthropic", sonnet.provider());
        assertEquals("openrouter", sonnet.route());
        assertSameAmount("3", sonnet.rates().perMillion(UNCACHED_INPUT));
        assertSameAmount("15", sonnet.rates().perMillion(OUTPUT_TEXT));
        ContextTier override = sonnet.tiers().get(0);
        assertEquals(ContextTier.Comparison.AT_LEAST, override.comparison());
        assertFalse(override.appliesTo(199_999));
        assertTrue(override.appliesTo(200_000));
        assertSameAmount("6", override.rates().perMillion(UNCACHED_INPUT));
        assertSameAmount("22.50", override.rates().perMillion(OUTPUT_TEXT));
    }

    @Test
    void keepsAFloatArtefactInAPriceStringDigitForDigit() throws Exception {
        // google/gemini-3.6-flash input_cache_write = "0.00000008333333333333334": kept as written, not rounded.
        BigDecimal write = entry(excerpt(DATED), "google/gemini-3.6-flash").rates().get(CACHE_WRITE_5M);
        assertEquals(new BigDecimal("0.00000008333333333333334"), write);
    }

    @Test
    void skipsTheAutoRouterWhosePriceVariesWithAWarningNamingIt() throws Exception {
        PriceSheetRead read = excerpt(DATED);
        assertTrue(read.sheet().entries().stream().noneMatch(e -> e.model().equals("openrouter/auto")));
        ImportIssue warning = read.issues().get(0);
        assertEquals(ImportIssue.Severity.WARNING, warning.severity());
        assertEquals("-1", warning.value());
        assertEquals("openrouter/auto is not listed: its price varies with the model it routes to", warning.reason());
        assertFalse(read.hasSkippedEntries(), "a router without a price is not a broken entry");
    }

    @Test
    void takesTheProviderFromTheIdPrefix() {
        assertEquals("anthropic", OpenRouterEntryMapper.providerOf("anthropic/claude-sonnet-4.5"));
        assertEquals("google", OpenRouterEntryMapper.providerOf("~google/gemini-pro-latest"));
        assertEquals("meta-llama", OpenRouterEntryMapper.providerOf("meta-llama/llama-3.3-70b-instruct:free"));
        assertEquals("openrouter", OpenRouterEntryMapper.providerOf("auto"));
    }

    @Test
    void datesTheListByTheCallerBeforeTheFileName() throws Exception {
        PriceSheetRead read = excerpt(ReadContext.NONE.withAsOf(LocalDate.of(2026, 8, 2)));
        assertEquals(LocalDate.of(2026, 8, 2), read.sheet().provenance().asOf());
        assertEquals("openrouter-2026-08-02", read.sheet().id());
        // Without a context date the file name's date is used, and the user is told so.
        PriceSheetRead undated = excerpt(ReadContext.NONE);
        assertEquals(LocalDate.of(2026, 8, 1), undated.sheet().provenance().asOf());
        assertTrue(undated.issues().stream().anyMatch(i -> i.reason().contains("taken from the file name")));
    }

    @Test
    void rejectsAJsonObjectWithoutADataArray() {
        // A file of another kind (here a bare object of models) gets one error saying what was expected.
        List<ImportIssue> issues = rejected(() -> read("{\"models\": []}"));
        assertEquals("no \"data\" array; expected OpenRouter's models list, a JSON object with a \"data\" array of models",
                issues.get(0).reason());
    }

    @Test
    void skipsAModelWithANegativeOrNonNumericPrice() throws Exception {
        // "-1" means "varies"; any other negative price, or a word, is an error and the model is skipped.
        PriceSheetRead read = read("""
                {"data": [
                  {"id": "a/ok", "pricing": {"prompt": "0.000001", "completion": "0.000002"}},
                  {"id": "a/negative", "pricing": {"prompt": "-0.5", "completion": "0.000002"}},
                  {"id": "a/wordy", "pricing": {"prompt": "free", "completion": "0.000002"}},
                  {"id": "a/no-min", "pricing": {"prompt": "0.000001", "overrides": [{"prompt": "0.000002"}]}}
                ]}
                """);
        assertEquals(List.of("a/ok"), read.sheet().entries().stream().map(PriceEntry::model).toList());
        List<String> described = read.issues().stream().map(ImportIssue::describe).toList();
        assertEquals(List.of(
                "models.json:3 $.data[1].pricing.prompt column prompt, value \"-0.5\": negative rate; a rate is never below zero",
                "models.json:4 $.data[2].pricing.prompt column prompt, value \"free\": not a number",
                "models.json:5 $.data[3].pricing.overrides[0] column overrides, value \"{\"prompt\":\"0.000002\"}\": "
                        + "an override needs min_prompt_tokens"), described);
    }
}
