package dev.ratecard.workspace.prices;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.PriceEntry;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything the bundled Anthropic sheet says about Claude Sonnet 4.5 (sheets/anthropic.json): $3 / $15 per 1M
 * tokens, cache read $0.30, writes $3.75 (5 min) and $6 (1 h), web search $0.01 a call, above 200,000 prompt tokens
 * $6 / $22.50, batch 50 % off.
 */
class EntryDescriptionTest {
    private static EntryDescription sonnet;
    private static EntryDescription openRouterSonnet;

    @BeforeAll
    static void describe(@TempDir Path dataFolder) throws Exception {
        LibraryContents contents = PriceLibrary.inDataFolder(BundledCatalogue.load(), dataFolder).load(Progress.NONE);
        LibrarySheet anthropic = contents.sheet("anthropic").orElseThrow();
        sonnet = EntryDescription.of(entry(anthropic, "claude-sonnet-4-5"), anthropic);
        LibrarySheet openRouter = contents.sheet("openrouter").orElseThrow();
        openRouterSonnet = EntryDescription.of(entry(openRouter, "anthropic/claude-sonnet-4.5"), openRouter);
    }

    @Test
    void listsEveryRateInFullWithItsUnit() {
        assertEquals(Map.of(
                        "Input", "$3.00 per 1M tokens",
                        "Cache read", "$0.30 per 1M tokens",
                        "Cache write (5 min)", "$3.75 per 1M tokens",
                        "Cache write (1 h)", "$6.00 per 1M tokens",
                        "Output", "$15.00 per 1M tokens",
                        "Reasoning", "at the output rate (the sheet gives none of its own)",
                        "Web search", "$0.01 per call"),
                lines(sonnet, "Rates"));
    }

    @Test
    void describesTheContextTierAndBatchPricing() {
        Map<String, String> tier = lines(sonnet, "Context tier > 200,000 prompt tokens");
        assertEquals("$6.00 per 1M tokens", tier.get("Input"));
        assertEquals("$22.50 per 1M tokens", tier.get("Output"));
        assertEquals("the whole request", tier.get("Re-prices"));
        assertEquals("50% off the standard token rates the batch rates below do not cover",
                lines(sonnet, "Batch").get("Discount"));
    }

    @Test
    void endsWithWhereThePriceComesFrom() {
        Map<String, String> provenance = lines(sonnet, "Provenance");
        assertTrue(provenance.get("Source").startsWith("https://www.anthropic.com/pricing"));
        assertEquals("2026-07-24", provenance.get("As of"));
        assertEquals("Provenance", sonnet.sections().getLast().title());
    }

    @Test
    void keepsTheFieldsASheetHasThatRatecardDoesNotUse() {
        // OpenRouter's list carries context_length, architecture … for each model; they are shown, not dropped.
        assertTrue(lines(openRouterSonnet, "Other fields the sheet kept").containsKey("context_length"));
        assertEquals(List.of("Price", "Rates", "Context tier >= 200,000 prompt tokens", "Other fields the sheet kept",
                "Provenance"), openRouterSonnet.sections().stream().map(EntryDescription.Section::title).toList());
    }

    private static PriceEntry entry(LibrarySheet sheet, String model) {
        return sheet.entries().stream().filter(entry -> entry.model().equals(model)).findFirst().orElseThrow();
    }

    private static Map<String, String> lines(EntryDescription description, String section) {
        return description.sections().stream().filter(s -> s.title().equals(section)).findFirst().orElseThrow()
                .lines().stream().collect(Collectors.toMap(EntryDescription.Line::label, EntryDescription.Line::value));
    }
}
