package dev.ratecard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.ratecard.cli.CliRun.ratecard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ratecard scenario run|save|list|export} on the headline example, a broken file and a temporary workspace. */
class ScenarioCommandTest {
    @TempDir
    Path dir;

    private static Path example() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("docs/scenarios/headline-qwen72b-100m.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("headline example not found");
    }

    private String db() {
        return dir.resolve("workspace.db").toString();
    }

    @Test
    void runPrintsCostsBreakEvenSensitivityAndFindings() {
        CliRun run = ratecard("scenario", "run", example().toString(), "--db", db());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Qwen 2.5 72B on 2×H100 (RunPod)                       $9,435.73/month"), run.out());
        assertTrue(run.out().contains("GPUs: 2 × H100 SXM at $2.69/GPU-h × 730 h per replica"), run.out());
        assertTrue(run.out().contains("is cheaper from 24.23B (first meets at 14.41B)"), run.out());
        assertTrue(run.out().contains("Sensitivity: Qwen 2.5 72B on 2×H100 (RunPod) against Together"), run.out());
        assertTrue(run.out().contains("  - GPUs alone (one 2 × H100 SXM replica, $3,927.40/month"), run.out());
    }

    @Test
    void runLeavesOutLinesThatCostNothingAtAnyVolume() {
        CliRun run = ratecard("scenario", "run", example().toString(), "--db", db());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        int together = lines.indexOf(lines.stream().filter(l -> l.startsWith("  Together (Qwen 2.5 72B Turbo)")).findFirst()
                .orElseThrow());
        // Together's sheet prices requests at $0: its month is tokens only, 75M × $1.20 + 25M × $1.20 per 1M = $90 + $30.
        assertEquals(List.of(
                "      uncached_input at $1.2 per 1M tokens                                           $90.00",
                "      output_text at $1.2 per 1M tokens                                              $30.00"),
                lines.subList(together + 1, together + 3));
        assertTrue(lines.get(together + 3).startsWith("  OpenRouter"), run.out());
        assertTrue(lines.stream().noneMatch(l -> l.contains("per request ") || l.contains("monitoring")
                || l.contains("storage") || l.contains("egress")), run.out());
        // The self-hosted option's fixed costs are not zero, so they stay.
        assertTrue(run.out().contains("      other fixed costs                                                             $300.00"),
                run.out());
    }

    @Test
    void runWithJsonGivesExactFiguresForScripts() throws IOException {
        CliRun run = ratecard("scenario", "run", example().toString(), "--json", "--db", db());
        assertEquals(0, run.exit(), run.err());
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertEquals("ratecard-scenario-result", result.get("format").asText());
        // $9,435.733… to the nano-dollar.
        assertEquals("9435.733333333", result.get("options").get(0).get("monthly_usd").asText());
        JsonNode pair = result.get("break_even").get(0);
        assertEquals("sustained", pair.get("result").asText());
        assertEquals(24_227_277_778L, pair.get("sustained_tokens").asLong());
        assertEquals(14_408_777_778L, pair.get("first_crossing_tokens").asLong());
        assertEquals(500, result.get("curves").get("volumes_tokens").size());
    }

    @Test
    void aBrokenFileExitsWithOneAndNamesTheField() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(example()).replace("\"output_share\": \"0.25\"", "\"output_share\": \"2\""));
        CliRun run = ratecard("scenario", "run", broken.toString(), "--db", db());
        assertEquals(1, run.exit());
        assertEquals("ratecard: broken.json: $.workload.synthetic.output_share: must be between 0 and 1 (got 2)\n",
                run.err().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aScenarioThatIsNeitherAFileNorSavedExitsWithOne() {
        CliRun run = ratecard("scenario", "run", "no-such-scenario", "--db", db());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no scenario file no-such-scenario and no saved scenario of that name"), run.err());
    }

    @Test
    void aMissingArgumentIsBadUsage() {
        assertEquals(2, ratecard("scenario", "run").exit());
        assertEquals(2, ratecard("scenario", "run", "--no-such-option", "x").exit());
    }

    @Test
    void aSavedScenarioListsRunsByNameAndExportsUnchanged() throws IOException {
        CliRun save = ratecard("scenario", "save", example().toString(), "--name", "headline", "--db", db());
        assertEquals(0, save.exit(), save.err());
        CliRun list = ratecard("scenario", "list", "--db", db());
        assertTrue(list.out().startsWith("headline "), list.out());
        CliRun run = ratecard("scenario", "run", "headline", "--db", db());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("$9,435.73/month"), run.out());
        Path exported = dir.resolve("exported.json");
        assertEquals(0, ratecard("scenario", "export", "headline", "--output", exported.toString(), "--db", db()).exit());
        assertEquals(Files.readString(example()), Files.readString(exported));
    }

    @Test
    void savingUnderATakenNameNeedsReplace() {
        assertEquals(0, ratecard("scenario", "save", example().toString(), "--name", "h", "--db", db()).exit());
        CliRun again = ratecard("scenario", "save", example().toString(), "--name", "H", "--db", db());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("use --replace"), again.err());
        assertEquals(0, ratecard("scenario", "save", example().toString(), "--name", "h", "--replace", "--db", db()).exit());
    }

    @Test
    void aBrokenFileIsNotSaved() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(example()).replace("\"version\": 1", "\"version\": 9"));
        assertEquals(1, ratecard("scenario", "save", broken.toString(), "--db", db()).exit());
        assertEquals("No saved scenarios. Save one with: ratecard scenario save FILE\n",
                ratecard("scenario", "list", "--db", db()).out().replace(System.lineSeparator(), "\n"));
    }
}
