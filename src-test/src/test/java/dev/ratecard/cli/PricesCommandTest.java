package dev.ratecard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.prices.PriceLibrary;
import dev.ratecard.workspace.prices.PriceSheetFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ratecard prices …} run in-process over the bundled catalogue and a temporary data folder. */
class PricesCommandTest {
    private static BundledCatalogue catalogue;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataFolder;
    @TempDir
    Path downloads;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandLine ratecard;

    @BeforeAll
    static void loadTheCatalogueOnce() {
        catalogue = BundledCatalogue.load();
    }

    @BeforeEach
    void commandLineOverATemporaryDataFolder() {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == PricesCommand.class) {
                    return type.cast(new PricesCommand(() -> PriceLibrary.inDataFolder(catalogue, dataFolder)));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        ratecard = RatecardCommand.commandLine(factory);
        ratecard.setOut(new PrintWriter(out, true));
        ratecard.setErr(new PrintWriter(err, true));
    }

    private int run(String... args) {
        return ratecard.execute(args);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void listsTheMatchingPricesOfOneSheetWithTheirRatesPerMillionTokens() {
        int exit = run("prices", "list", "--sheet", "anthropic", "--search", "sonnet-4-5");

        assertEquals(0, exit, err.toString());
        // sheets/anthropic.json: claude-sonnet-4-5 at $3 input, $0.30 cache read, $3.75 5-minute write, $15 output,
        // reasoning billed at the output rate.
        assertEquals(List.of(
                "SHEET      PROVIDER   MODEL              ROUTE   INPUT  CACHE READ  CACHE WRITE (5 MIN)  OUTPUT  REASONING  AS OF",
                "anthropic  anthropic  claude-sonnet-4-5  direct  $3.00       $0.30                $3.75  $15.00  as output  2026-07-24",
                "",
                "1 price in 1 sheet; rates per 1M tokens."), lines());
    }

    @Test
    void listsPricesAsJsonWithExactDecimalRates() throws IOException {
        int exit = run("prices", "list", "--sheet", "anthropic", "--search", "haiku", "--json");

        assertEquals(0, exit, err.toString());
        JsonNode prices = JSON.readTree(out.toString()).path("prices");
        assertEquals(1, prices.size());
        // Claude Haiku 4.5: $1 input, $5 output per 1M tokens (sheets/anthropic.json).
        assertEquals("claude-haiku-4-5", prices.get(0).path("model").asText());
        assertEquals("1", prices.get(0).path("rates").path("uncached_input").asText());
        assertEquals("5", prices.get(0).path("rates").path("output_text").asText());
    }

    @Test
    void saysSoWhenNoPriceMatches() {
        int exit = run("prices", "list", "--search", "no-such-model-anywhere");

        assertEquals(0, exit);
        assertEquals(List.of("No price matches \"no-such-model-anywhere\"."), lines());
    }

    @Test
    void showsEveryRateOfOnePriceAndItsProvenance() {
        int exit = run("prices", "show", "claude-sonnet-4-5");

        assertEquals(0, exit, err.toString());
        List<String> lines = lines();
        assertTrue(lines.contains("  Input: $3.00 per 1M tokens"), out.toString());
        assertTrue(lines.contains("Context tier > 200,000 prompt tokens"));
        assertTrue(lines.contains("  Output: $22.50 per 1M tokens"));
        assertTrue(lines.contains("  Discount: 50% off the standard token rates the batch rates below do not cover"));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("  Source: https://www.anthropic.com/pricing")));
        assertTrue(lines.contains("  As of: 2026-07-24"));
    }

    @Test
    void saysHowANameWasReadWhenItIsNotTheEntrysOwn() {
        int exit = run("prices", "show", "claude-sonnet-4-5-20250929", "--sheet", "anthropic");

        assertEquals(0, exit, err.toString());
        assertEquals("\"claude-sonnet-4-5-20250929\" is claude-sonnet-4-5-20250929 → anthropic claude-sonnet-4-5 "
                + "(an alias the price sheet gives the entry)", lines().get(0));
    }

    @Test
    void anUnknownModelIsBadInput() {
        // Gets: exit 1 and a sentence naming the model and where to look; nothing on standard output.
        int exit = run("prices", "show", "no-such-model");

        assertEquals(RatecardCommand.EXIT_BAD_INPUT, exit);
        assertEquals("ratecard: no price for \"no-such-model\" in the loaded sheets; ratecard prices list --search shows "
                + "what there is", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void comparesTheRoutesCheapestFirstWithEveryFee() throws IOException {
        int exit = run("prices", "compare", "claude-sonnet-4-5", "--json");

        assertEquals(0, exit, err.toString());
        JsonNode ranked = JSON.readTree(out.toString()).path("ranked");
        // 75M × $3/M + 25M × $15/M = $600 direct, $6 per 1M tokens.
        assertEquals("anthropic (direct)", ranked.get(0).path("route").asText());
        assertEquals("600", ranked.get(0).path("monthly").asText());
        assertEquals("6", ranked.get(0).path("per_million_tokens").asText());
        // OpenRouter by card: one top-up of $600 at 5.5 % = $33 → $633.
        JsonNode card = find(ranked, "OpenRouter, credits bought by card");
        assertEquals("633", card.path("monthly").asText());
        assertEquals("33", card.path("gateway_fees").asText());
        List<Double> monthly = new ArrayList<>();
        ranked.forEach(route -> monthly.add(route.path("monthly").asDouble()));
        assertEquals(monthly.stream().sorted().toList(), monthly);
    }

    @Test
    void comparesOnTheMonthTheOptionsDescribe() throws IOException {
        int exit = run("prices", "compare", "claude-sonnet-4-5", "--tokens", "1000000", "--output-share", "0.5",
                "--markup", "tokenmix=0.03", "--json");

        assertEquals(0, exit, err.toString());
        JsonNode ranked = JSON.readTree(out.toString()).path("ranked");
        // 500k × $3/M + 500k × $15/M = $1.50 + $7.50 = $9.
        assertEquals("9", find(ranked, "anthropic (direct)").path("monthly").asText());
        // TokenMix with the 3 % entered: $9 × 1.03 = $9.27.
        assertEquals("9.27", find(ranked, "TokenMix (pay-as-you-go) over anthropic (direct)").path("monthly").asText());
    }

    @Test
    void printsTheComparisonAsATableWithTheReasonsForWhatIsLeftOut() {
        int exit = run("prices", "compare", "claude-sonnet-4-5");

        assertEquals(0, exit, err.toString());
        List<String> lines = lines();
        assertEquals(" 1  anthropic (direct)                                   anthropic     $600.00          $6.00"
                + "         $0.00", lines.get(4));
        assertTrue(lines.contains("Not comparable:"));
        assertTrue(lines.contains("  TokenMix (pay-as-you-go) over anthropic (direct): TokenMix (pay-as-you-go) publishes "
                + "no markup figure; enter the markup you see to rank it"));
    }

    @Test
    void anOutputShareAboveOneIsBadUsage() {
        // Gets: exit 2 with the option named, as for any wrong command line.
        int exit = run("prices", "compare", "claude-sonnet-4-5", "--output-share", "1.5");

        assertEquals(RatecardCommand.EXIT_BAD_USAGE, exit);
        assertTrue(err.toString().contains("--output-share must be between 0 and 1 (0.25 is 25 %), not 1.5"), err.toString());
    }

    @Test
    void listsTheChangesBetweenTwoSheetFiles() {
        Path january = fixture("acme-2026-01-01.json");
        Path march = fixture("acme-2026-03-01.json");

        int exit = run("prices", "diff", january.toString(), march.toString());

        assertEquals(0, exit, err.toString());
        List<String> lines = lines();
        assertEquals("From acme-2026-01-01 (Acme list prices, as of 2026-01-01)", lines.get(0));
        assertEquals("  to acme-2026-03-01 (Acme list prices, as of 2026-03-01)", lines.get(1));
        assertEquals("3 models in both, 1 unchanged; 2 added, 2 removed.", lines.get(2));
        // acme-large output $8 → $6: (6 − 8) / 8 = −25 %.
        assertTrue(lines.stream().anyMatch(line -> line.matches(
                "rate lowered\\s+acme\\s+acme-large\\s+base output_text\\s+\\$8\\.00\\s+\\$6\\.00\\s+-25%\\s+per 1M tokens")), out.toString());
    }

    @Test
    void diffsABundledSheetWithAFileAsJson() throws IOException {
        int exit = run("prices", "diff", "anthropic", fixture("acme-2026-01-01.json").toString(), "--json");

        assertEquals(0, exit, err.toString());
        JsonNode diff = JSON.readTree(out.toString());
        assertEquals("2026-07-24", diff.path("before").path("as_of").asText());
        assertEquals(0, diff.path("paired").asInt(), "no Acme model is an Anthropic one");
        assertEquals(14 + 5, diff.path("changes").size(), "14 Anthropic models removed, 5 Acme models added");
    }

    @Test
    void anUnknownSheetIsBadInput() {
        // Gets: exit 1 and what a sheet argument may be.
        int exit = run("prices", "diff", "anthropic", "no-such-sheet");

        assertEquals(RatecardCommand.EXIT_BAD_INPUT, exit);
        assertEquals("ratecard: no sheet \"no-such-sheet\": it is neither the id of a sheet (ratecard prices list shows "
                + "them) nor a file", err.toString().strip());
    }

    @Test
    void aSheetFileThatDoesNotReadIsBadInputWithTheReadersIssues() {
        // Gets: exit 1 and the reader's issue naming the file, the JSON path and the value.
        int exit = run("prices", "list", "--sheet", fixture("negative-rate.json").toString());

        assertEquals(RatecardCommand.EXIT_BAD_INPUT, exit);
        List<String> errors = err.toString().lines().toList();
        assertEquals("ratecard: the sheet could not be read:", errors.get(0));
        assertTrue(errors.get(1).startsWith("  negative-rate.json:") && errors.get(1).contains("\"-2.00\""), errors.get(1));
    }

    @Test
    void aMissingArgumentIsBadUsage() {
        assertEquals(RatecardCommand.EXIT_BAD_USAGE, run("prices", "diff", "anthropic"));
        assertTrue(err.toString().contains("Missing required parameter: 'SHEET_B'"), err.toString());
    }

    private Path fixture(String name) {
        return PriceSheetFixtures.copy(name, downloads);
    }

    private static JsonNode find(JsonNode routes, String label) {
        for (JsonNode route : routes) {
            if (route.path("route").asText().equals(label)) {
                return route;
            }
        }
        throw new AssertionError(label + " is not among the routes");
    }
}
