package dev.ratecard.importers.usage;

import dev.ratecard.importers.model.Tags;
import dev.ratecard.importers.model.UsageBucket;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MappingSuggesterTest {
    @Test
    void mapsOpenAiStyleNamesAndTakesThePromptAsIncludingTheCache() {
        MappingSuggestion suggestion = MappingSuggester.suggest("usage.csv", List.of(
                "Timestamp", "Model", "Prompt Tokens", "Cached Tokens", "Completion Tokens", "Reasoning Tokens",
                "Cost (USD)", "Project", "Request ID", "Latency ms"));
        ColumnMapping mapping = suggestion.mapping();
        assertEquals("Timestamp", mapping.time().column());
        assertEquals("Model", mapping.modelColumn());
        assertEquals(Map.of(UsageBucket.UNCACHED_INPUT, "Prompt Tokens", UsageBucket.CACHE_READ, "Cached Tokens",
                UsageBucket.OUTPUT_TEXT, "Completion Tokens", UsageBucket.REASONING, "Reasoning Tokens"), mapping.bucketColumns());
        assertTrue(mapping.inputIncludesCache(), "prompt_tokens beside a cached column: OpenAI style");
        assertTrue(mapping.outputIncludesReasoning());
        assertEquals("Cost (USD)", mapping.cost().column());
        assertEquals(Map.of(Tags.PROJECT, "Project"), mapping.tagColumns());
        assertEquals("Request ID", mapping.keyColumn());
        assertEquals(List.of("Latency ms"), suggestion.unmapped());
        assertTrue(suggestion.reasons().get("Prompt Tokens").contains("include the cached tokens"));
    }

    @Test
    void keepsDisjointNamesDisjointAndReadsCents() {
        MappingSuggestion suggestion = MappingSuggester.suggest("x.csv", List.of(
                "date", "model_name", "uncached_input_tokens", "cache_read", "output_tokens", "cost_cents", "currency"));
        ColumnMapping mapping = suggestion.mapping();
        assertFalse(mapping.inputIncludesCache());
        assertEquals(ColumnMapping.CostUnit.CENTS, mapping.cost().unit());
        assertEquals("currency", mapping.cost().currencyColumn());
    }

    @Test
    void saysWhatIsMissingInsteadOfGuessingAMapping() {
        MappingSuggestion suggestion = MappingSuggester.suggest("x.csv", List.of("name", "notes"));
        assertNull(suggestion.mapping());
        assertEquals(List.of("time", "model", "token counts or cost"), suggestion.missing());
        assertEquals(List.of("name", "notes"), suggestion.unmapped());
    }

    @Test
    void suggestsFromAFilesHeader() throws Exception {
        MappingSuggestion suggestion = new UsageImport().suggestMapping(Fixtures.file("mapped-csv/team-usage.csv"));
        // German headers: only the request id is recognised, so the user has to map the rest.
        assertNull(suggestion.mapping());
        assertEquals(List.of("time", "model", "token counts or cost"), suggestion.missing());
    }
}
