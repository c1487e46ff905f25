package dev.ratecard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ratecard cost}, run in-process on real files; every expected cost is worked out here from the bundled rates. */
class CostCommandTest {
    /** OpenAI Chat Completions, gpt-4o: prompt 1,000 of which 400 cached, completion 500. */
    private static final String CHAT_LINE = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":1000,"completion_tokens":500,"total_tokens":1500,"prompt_tokens_details":{"cached_tokens":400}}}
            """;

    @TempDir
    Path folder;

    /**
     * Sheet openai (as of 2026-07-24), entry gpt-4o: 600 × $2.50/M + 400 × $1.25/M + 500 × $10/M
     * = $0.0015 + $0.0005 + $0.005 = $0.007.
     */
    @Test
    void aChatLineOnGpt4oCostsSevenTenthsOfACent() throws Exception {
        CliRun run = CliRun.of("cost", "--usage", write("chat.jsonl", CHAT_LINE), "--json");

        assertEquals(0, run.exit(), run::toString);
        JsonNode json = run.json();
        assertEquals("0.007", json.get("total_usd").asText());
        assertTrue(json.get("complete").asBoolean());
        JsonNode model = json.get("models").get(0);
        assertEquals("openai", model.get("provider").asText());
        assertEquals("gpt-4o", model.get("model").asText());
        assertEquals("openai", model.get("sheet").asText());
        assertEquals("2026-07-24", model.get("entry_as_of").asText());
        assertEquals("0.007", model.get("cost").asText());
        assertEquals(List.of("uncached_input 600 × 2.5 = 0.0015", "cache_read 400 × 1.25 = 0.0005",
                "output_text 500 × 10 = 0.005", "requests 1 × 0 = 0"), lines(model));
        assertEquals(List.of("uncached_input", "cache_read", "output_text", "requests"), keys(json.get("buckets"), "bucket"));
        assertEquals(0, json.get("unmatched").size());
    }

    @Test
    void theTerminalShowsTheTotalAndEachBucketRoundedOnceForDisplay() throws Exception {
        CliRun run = CliRun.of("cost", "--usage", write("chat.jsonl", CHAT_LINE));

        assertEquals(0, run.exit(), run::toString);
        assertTrue(hasLine(run, "Total    \\$0\\.0070"), run::toString);
        assertTrue(hasLine(run, "  uncached_input +600 +\\$2\\.50 +per 1M tokens +\\$0\\.0015 +list rate"), run::toString);
        assertTrue(hasLine(run, "  cache_read +400 +\\$1\\.25 +per 1M tokens +\\$0\\.0005 +list rate"), run::toString);
        assertTrue(hasLine(run, "  output_text +500 +\\$10\\.00 +per 1M tokens +\\$0\\.0050 +list rate"), run::toString);
        assertTrue(run.err().isEmpty(), run::toString);
    }

    /** Against the openai sheet alone, the Anthropic line (70 + 30 tokens) is unmatched: listed, not priced, exit 1. */
    @Test
    void anUnmatchedModelIsListedWithItsTokensAndExitsWithOne() throws Exception {
        String log = write("mixed.jsonl", CHAT_LINE + """
                {"timestamp":"2025-11-25T16:02:00Z","response":{"id":"msg_3","type":"message","model":"claude-sonnet-4-20250514","usage":{"input_tokens":70,"output_tokens":30}}}
                """);

        CliRun run = CliRun.of("cost", "--prices", "openai", "--usage", log, "--json");

        assertEquals(1, run.exit(), run::toString);
        JsonNode json = run.json();
        assertEquals("0.007", json.get("total_usd").asText());
        assertFalse(json.get("complete").asBoolean());
        JsonNode unmatched = json.get("unmatched").get(0);
        assertEquals("claude-sonnet-4-20250514", unmatched.get("model").asText());
        assertEquals(70, unmatched.get("tokens").get("uncached_input").asLong());
        assertEquals(30, unmatched.get("tokens").get("output_text").asLong());
        assertEquals("openai", unmatched.get("sheets_tried").get(0).asText());
    }

    @Test
    void anUnmatchedModelIsNamedOnTheTerminalToo() throws Exception {
        String log = write("unknown.jsonl", """
                {"id":"chatcmpl-9","object":"chat.completion","created":1764086400,"model":"house-model-7","provider":"acme","usage":{"prompt_tokens":1200,"completion_tokens":34}}
                """);

        CliRun run = CliRun.of("cost", "--usage", log);

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.out().contains("INCOMPLETE: 1 model unmatched (1 row); not in the total"), run::toString);
        assertTrue(hasLine(run, " +house-model-7 +acme +direct +1 +1,234 +litellm"), run::toString);
    }

    /** A wrong command line is exit 2, with a message saying what is wrong. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            cost                                          => say what to price
            cost --usage FILE --format nope               => 'nope' is not a usage format
            cost --usage FILE --prices nosuch             => "nosuch" is neither a bundled price sheet
            cost --usage FILE --prices gateways           => "gateways" is the bundled gateways file, not a price sheet
            cost --usage FILE --time-zone Mars/Olympus    => 'Mars/Olympus' is not a time zone
            cost --usage FILE --from 2026-13-01           => '2026-13-01' is not a date
            cost --usage FILE --from 2026-03-02 --to 2026-03-01 => --to 2026-03-01 is before --from 2026-03-02
            cost --usage FILE --no-such-option            => Unknown option: '--no-such-option'
            """)
    void aWrongCommandLineExitsWithTwo(String command, String message) throws Exception {
        String file = write("chat.jsonl", CHAT_LINE);
        List<String> args = new ArrayList<>();
        for (String word : command.split(" ")) {
            args.add(word.equals("FILE") ? file : word);
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains(message), run::toString);
    }

    @Test
    void aMissingUsageFileIsBadInput() {
        CliRun run = CliRun.of("cost", "--usage", folder.resolve("gone.jsonl").toString());

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("gone.jsonl: no such file"), run::toString);
    }

    /** The valid line is priced ($0.007); the broken one is named with its line and left out; exit 1. */
    @Test
    void aFileWithBadRowsPricesTheRestAndSaysWhichRowsAreMissing() throws Exception {
        String log = write("broken.jsonl", CHAT_LINE + """
                {"id":"chatcmpl-2","object":"chat.completion","created":1764086460,"model":"gpt-4o","usage":{"prompt_tokens":-5,"completion_tokens":1}}
                """);

        CliRun run = CliRun.of("cost", "--usage", log, "--json");

        assertEquals(1, run.exit(), run::toString);
        JsonNode json = run.json();
        assertEquals("0.007", json.get("total_usd").asText());
        JsonNode issue = json.get("usage").get("issues").get(0);
        assertEquals(2, issue.get("line").asLong());
        assertEquals("usage.prompt_tokens", issue.get("column").asText());
        assertEquals("-5", issue.get("value").asText());
        assertEquals("negative count", issue.get("reason").asText());
    }

    /** Imported first, the same line costs the same from the workspace. */
    @Test
    void theWorkspaceIsPricedLikeTheFileItWasImportedFrom() throws Exception {
        String db = folder.resolve("workspace.db").toString();
        assertEquals(0, CliRun.of("import", write("chat.jsonl", CHAT_LINE), "--db", db).exit());

        CliRun run = CliRun.of("cost", "--usage", "workspace", "--db", db, "--json");

        assertEquals(0, run.exit(), run::toString);
        assertEquals("0.007", run.json().get("total_usd").asText());
        assertEquals("workspace", run.json().get("usage").get("source").asText());
    }

    @Test
    void pricingAnEmptyWorkspaceThatDoesNotExistSaysSo() {
        CliRun run = CliRun.of("cost", "--usage", "workspace", "--db", folder.resolve("none.db").toString());

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("there is no workspace at"), run::toString);
        assertFalse(Files.exists(folder.resolve("none.db")), "reading never creates a workspace");
    }

    /**
     * OpenRouter traffic: openai/gpt-4o at OpenRouter's list (2026-08-01), 100,000 prompt × $2.50/M = $0.25,
     * plus openrouter-card's top-up fee max(5.5 % × 0.25, $0.80) = $0.80; total $1.05.
     */
    @Test
    void openRouterFeesAreShownStepByStep() throws Exception {
        String export = write("openrouter.csv", """
                generation_id,created_at,cost_total,tokens_prompt,tokens_completion,model_permaslug,provider_name
                gen-1,2026-03-16 10:00:00.000,0.275,100000,0,openai/gpt-4o,OpenAI
                """);

        CliRun run = CliRun.of("cost", "--usage", export);

        assertEquals(0, run.exit(), run::toString);
        // Below a dollar the shared formatter shows four decimals.
        assertTrue(run.out().contains("Total    $1.05  (providers $0.2500 + gateway fees $0.8000)"), run::toString);
        // One top-up of the month's $0.25: max(5.5 % × 0.25 = 0.01375, 0.80) = 0.80, the minimum.
        assertTrue(run.out().lines().anyMatch("    credit top-up fee: $0.8000 = 1 top-up of 0.25: max(5.5% × 0.25, 0.8)"::equals),
                run::toString);
    }

    /** A daily bucket of 3 gpt-5.4 requests, 300,000 input tokens: base tier, $0.75 + 1,000 × $15/M = $0.765, noted. */
    @Test
    void summedUsageThatPassesATierThresholdIsNoted() throws Exception {
        String buckets = write("usage.csv", """
                start_time,end_time,model,input_tokens,output_tokens,num_model_requests
                1772323200,1772409600,gpt-5.4,300000,1000,3
                """);

        CliRun run = CliRun.of("cost", "--usage", buckets);

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("Total    $0.7650"), run::toString);
        assertTrue(run.out().contains("  - usage summed over several requests was priced at the base context tier"), run::toString);
    }

    private static boolean hasLine(CliRun run, String regex) {
        return run.out().lines().anyMatch(line -> line.matches(regex));
    }

    private String write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content).toString();
    }

    private static List<String> lines(JsonNode model) {
        List<String> lines = new ArrayList<>();
        model.get("buckets").forEach(line -> lines.add(line.get("bucket").asText() + " " + line.get("quantity").asLong()
                + " × " + line.get("display_rate").asText() + " = " + line.get("cost").asText()));
        return lines;
    }

    private static List<String> keys(JsonNode array, String field) {
        List<String> keys = new ArrayList<>();
        array.forEach(node -> keys.add(node.get(field).asText()));
        return keys;
    }
}
