package dev.ratecard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.ratecard.cli.ImportCommandTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ratecard usage}, {@code reconcile} and {@code batches} over a workspace with two imported files. */
class WorkspaceCommandsTest {
    @TempDir
    Path folder;
    private String db;

    /**
     * Batch 1: OpenRouter's export, generations on 16 March 2026 at OpenRouter prices; batch 2: a direct request
     * log from 25 November 2025.
     */
    @BeforeEach
    void importTwoFiles() throws Exception {
        db = folder.resolve("workspace.db").toString();
        Path export = Files.writeString(folder.resolve("openrouter.csv"), """
                generation_id,created_at,cost_total,tokens_prompt,tokens_completion,tokens_cached,model_permaslug,provider_name,api_key_name
                gen-1,2026-03-16 10:00:00.000,0.275,100000,0,0,openai/gpt-4o,OpenAI,prod
                gen-2,2026-03-16 10:05:00.000,0.11,20000,5000,0,openai/gpt-4o,Azure,prod
                gen-3,2026-03-16 11:00:00.000,0.45,100000,10000,0,anthropic/claude-sonnet-4,Anthropic,test
                """);
        CliRun run = CliRun.of("import", export.toString(), fixture("request-log-jsonl/mixed.jsonl"), "--db", db);
        assertEquals(0, run.exit(), run::toString);
    }

    @Test
    void usageIsSummedByModelWithTheReportedCosts() {
        CliRun run = CliRun.of("usage", "--db", db, "--json");

        assertEquals(0, run.exit(), run::toString);
        JsonNode gpt4o = group(run.json(), "openai/gpt-4o");
        // 100,000 + 20,000 prompt; 5,000 completion; $0.275 + $0.11.
        assertEquals(2, gpt4o.get("rows").asLong());
        assertEquals(120_000, gpt4o.get("tokens").get("uncached_input").asLong());
        assertEquals(5_000, gpt4o.get("tokens").get("output_text").asLong());
        assertEquals("0.385", gpt4o.get("reported_cost").get("USD").asText());
        assertEquals(8, run.json().get("total").get("rows").asLong(), "3 generations and 5 requests");
    }

    @Test
    void usageIsSummedByTagByMonthAndByRoute() {
        JsonNode byKey = CliRun.of("usage", "--by", "tag:api_key", "--db", db, "--json").json();
        assertEquals(2, group(byKey, "prod").get("rows").asLong());
        assertEquals(1, group(byKey, "test").get("rows").asLong());
        assertEquals(5, group(byKey, null).get("rows").asLong(), "the request log names no key");

        JsonNode byMonth = CliRun.of("usage", "--by", "month", "--db", db, "--json").json();
        assertEquals(List.of("2025-11", "2026-03"), keys(byMonth));

        JsonNode byRoute = CliRun.of("usage", "--by", "route", "--db", db, "--json").json();
        // mixed.jsonl has an OpenRouter response (a gen- id with usage.cost) among four direct ones.
        assertEquals(4, group(byRoute, "direct").get("rows").asLong());
        assertEquals(4, group(byRoute, "openrouter").get("rows").asLong());
    }

    @Test
    void fromAndToKeepTheDaysBetweenBothIncluded() {
        JsonNode march = CliRun.of("usage", "--from", "2026-03-16", "--to", "2026-03-16", "--db", db, "--json").json();

        assertEquals(3, march.get("total").get("rows").asLong());
    }

    @Test
    void theTerminalTableIsAlignedAndEndsWithTheTotal() {
        CliRun run = CliRun.of("usage", "--by", "route", "--db", db);

        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("route +rows +requests +input tokens +output tokens +reported cost"), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("total +8 +8 +.*")), run::toString);
        int width = lines.get(0).length();
        assertTrue(lines.subList(1, 4).stream().allMatch(l -> l.length() == width), "right-aligned columns end together");
    }

    @Test
    void requestsThatNoSourceStatedAreMarkedNotCountedAsNone() {
        // Anthropic's usage report: one day of claude-sonnet-4-20250514 tokens, and no request count.
        assertEquals(0, CliRun.of("import", fixture("anthropic-usage-json/anthropic_usage_report_messages.synthetic.json"),
                "--db", db).exit());

        JsonNode byModel = CliRun.of("usage", "--db", db, "--json").json();
        // The model also answered one logged request (mixed.jsonl): 2 rows, 1 request stated, 1 row stating none.
        JsonNode claude = group(byModel, "claude-sonnet-4-20250514");
        assertEquals(2, claude.get("rows").asLong());
        assertEquals(1, claude.get("requests").asLong());
        assertEquals(1, claude.get("rows_without_requests").asLong());
        assertEquals(0, group(byModel, "openai/gpt-4o").get("rows_without_requests").asLong());
        // 3 generations and 5 logged requests stated; the report's row states none.
        assertEquals(8, byModel.get("total").get("requests").asLong());
        assertEquals(1, byModel.get("total").get("rows_without_requests").asLong());

        CliRun text = CliRun.of("usage", "--db", db);
        List<String> lines = text.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("claude-sonnet-4-20250514 +2 +\u2265 1 +.*")), text::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("total +9 +\u2265 8 +.*")), text::toString);
        assertTrue(lines.contains("requests: 1 row comes from sources that state no request counts (such as Anthropic's"
                + " usage report or a billing export); \u2014 where none of a line's rows states one, \u2265 where only some"
                + " do"), text::toString);
    }

    @Test
    void aWrongGroupingIsBadUsage() {
        CliRun run = CliRun.of("usage", "--by", "colour", "--db", db);

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("--by colour: group by model, provider, route, day, month or tag:NAME"), run::toString);
    }

    /**
     * OpenRouter's cost_total against the direct list prices of the openai sheet: $0.385 for gpt-4o rows that cost
     * 100,000 × $2.50/M + 20,000 × $2.50/M + 5,000 × $10/M = $0.25 + $0.05 + $0.05 = $0.35 direct: +$0.035, +10 %.
     */
    @Test
    void reconcileShowsTheEffectiveMarkupPerModelAndRoute() {
        CliRun run = CliRun.of("reconcile", "--db", db, "--json");

        JsonNode gpt4o = null;
        for (JsonNode line : run.json().get("lines")) {
            if (line.get("model").asText().equals("gpt-4o") && line.get("route").asText().equals("openrouter")) {
                gpt4o = line;
            }
        }
        assertTrue(gpt4o != null, run::toString);
        assertEquals("0.385", gpt4o.get("reported").get("amount").asText());
        assertEquals("0.35", gpt4o.get("recomputed").get("amount").asText());
        assertEquals("0.035", gpt4o.get("difference").asText());
        assertEquals("10", gpt4o.get("difference_pct").asText());
        assertEquals("invoiced", gpt4o.get("reported_kind").asText());
        assertEquals("openai", gpt4o.get("sheet").asText());
    }

    @Test
    void reconcileOnTheTerminalSaysWhatIsComparedWithWhat() {
        CliRun run = CliRun.of("reconcile", "--db", db);

        assertTrue(run.out().lines().anyMatch(l -> l.matches(" +openrouter +openai gpt-4o +2 +\\$0\\.3850 +\\$0\\.3500 +\\+\\$0\\.0350 +\\+10\\.00%")),
                run::toString);
        assertTrue(run.out().contains("charged by OpenRouter vs openai gpt-4o at its direct list price (openai (2026-07-24))"),
                run::toString);
    }

    /** mixed.jsonl's DeepSeek V3 0324 row has no direct list price: it is named, and the exit code is 1. */
    @Test
    void reconcileNamesWhatItCouldNotCompare() {
        CliRun run = CliRun.of("reconcile", "--db", db, "--json");

        assertEquals(1, run.exit(), run::toString);
        JsonNode missing = run.json().get("not_compared").get(0);
        assertEquals("deepseek/deepseek-chat-v3-0324", missing.get("model").asText());
        assertEquals("0.00042", missing.get("reported").get("amount").asText());
    }

    @Test
    void batchesAreListedShownAndDeleted() {
        CliRun list = CliRun.of("batches", "--db", db);
        assertTrue(list.out().lines().anyMatch(l -> l.matches("2 +mixed\\.jsonl +request-log-jsonl +.*")), list::toString);
        assertTrue(list.out().lines().anyMatch(l -> l.matches("1 +openrouter\\.csv +openrouter-activity-csv +.*")), list::toString);

        CliRun shown = CliRun.of("batches", "show", "1", "--db", db);
        assertTrue(shown.out().startsWith("Batch 1: openrouter.csv\n"), shown::toString);

        CliRun deleted = CliRun.of("batches", "delete", "1", "--db", db);
        assertEquals(0, deleted.exit(), deleted::toString);
        assertTrue(deleted.out().startsWith("Deleted batch 1: openrouter.csv (openrouter-activity-csv), 3 usage rows"),
                deleted::toString);
        assertEquals(5, CliRun.of("usage", "--db", db, "--json").json().get("total").get("rows").asLong());
        JsonNode remaining = CliRun.of("batches", "list", "--db", db, "--json").json().get("batches");
        assertEquals(1, remaining.size());
        assertEquals(2, remaining.get(0).get("batch").asLong());
    }

    @Test
    void anUnknownBatchIsBadUsage() {
        CliRun run = CliRun.of("batches", "delete", "42", "--db", db);

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("there is no batch 42 in "), run::toString);
        assertFalse(CliRun.of("batches", "--json", "--db", db).json().get("batches").isEmpty());
    }

    private static JsonNode group(JsonNode json, String key) {
        for (JsonNode group : json.get("groups")) {
            if (key == null ? group.get("key").isNull() : key.equals(group.get("key").asText())) {
                return group;
            }
        }
        throw new AssertionError("no group " + key + " in " + json);
    }

    private static List<String> keys(JsonNode json) {
        List<String> keys = new ArrayList<>();
        json.get("groups").forEach(group -> keys.add(group.get("key").asText()));
        return keys;
    }
}
