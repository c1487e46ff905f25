package dev.ratecard.importers.usage;

import dev.ratecard.importers.ImportException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus ({@code usage/bad/}): what each file gets. A file that cannot be read at all is
 * refused with an {@link ImportException} whose issues say where and why; a file with bad rows is read, each
 * bad row rejected with an error naming line, column, value and reason, and the good rows still read.
 * Every file in the folder must appear in the table.
 */
class BadInputCorpusTest {
    /** How a bad file ends: refused as a whole, or read with these row issues and this many records. */
    sealed interface Outcome permits Refused, RowsRejected {
    }

    record Refused(List<String> issues) implements Outcome {
    }

    record RowsRejected(long records, List<String> issues) implements Outcome {
    }

    record BadFile(String name, Outcome outcome) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String OPENROUTER_HEADER = "generation_id, created_at, cost_total, cost_web_search, cost_cache,"
            + " cost_file_processing, byok_usage_inference, tokens_prompt, tokens_completion, tokens_reasoning,"
            + " tokens_prompt, model_permaslug, provider_name, variant, cancelled, streamed, user, finish_reason_raw,"
            + " finish_reason_normalized, generation_time_ms, time_to_first_token_ms, api_key_disabled, api_key_name, app_name";

    static Stream<BadFile> corpus() {
        return Stream.of(
                // Files that are no usage export at all.
                refused("empty.csv", "ERROR empty.csv: the file is empty"),
                refused("only-bom.csv", "ERROR only-bom.csv: the file is empty (only a byte-order mark)"),
                refused("whitespace-only.jsonl", "ERROR whitespace-only.jsonl: the file is empty (only spaces and line breaks)"),
                refused("image.png", "ERROR image.png: binary data, not text (a zero byte at offset 8); is this the right file?"),
                refused("workbook.xlsx", "ERROR workbook.xlsx: the file is a ZIP archive (or an Excel workbook); unpack it, or save the sheet as CSV"),
                refused("utf32.csv", "ERROR utf32.csv: the file is UTF-32, which Ratecard does not read; save it as UTF-8"),
                refused("notes.txt", "ERROR notes.txt: not a format Ratecard knows: neither JSON nor CSV (the first line has no comma, semicolon, tab or | between columns)"),
                refused("unknown-shape.json", "ERROR unknown-shape.json: JSON of no format Ratecard knows; the first item has the members: foo, bar"),
                // Broken structure: the whole file is refused, at the line where it breaks.
                // 18 lines, the last cut after 86 characters.
                refused("truncated-page.json", "ERROR truncated-page.json:18: truncated JSON: the file ends inside a value (column 87)"),
                refused("unclosed-quote.csv", "ERROR unclosed-quote.csv:3: a quoted value is never closed (missing \")"),
                refused("text-after-quote.csv", "ERROR text-after-quote.csv:2: text after a closing quote; a \" inside a quoted value must be doubled"),
                // Byte 498 is the é of line 2 (so the file is Windows-1252); 0x81 on line 3 is no Windows-1252 character.
                refused("windows-1252-undefined-byte.csv", "ERROR windows-1252-undefined-byte.csv:3: bytes that are not characters in the file's"
                        + " encoding (Windows-1252 (byte 498 is not UTF-8)); save the file as UTF-8"),
                // Headers that lack what the format needs.
                refused("openrouter-missing-columns.csv", "ERROR openrouter-missing-columns.csv:1 column created_at: missing required column;"
                        + " the header has: generation_id, cost_total, tokens_prompt, tokens_completion, model_permaslug"),
                refused("focus-without-effective-cost.csv", "ERROR focus-without-effective-cost.csv:1 column EffectiveCost: missing required"
                        + " column; the header has: BilledCost, BillingCurrency, ChargePeriodStart, ServiceCategory, ServiceName"),
                refused("duplicate-columns.csv", "ERROR duplicate-columns.csv:1 column tokens_prompt: the column occurs more than once;"
                        + " the header has: " + OPENROUTER_HEADER),
                // Bad rows: rejected one by one; the good rows are still read.
                rows("negative-tokens.csv", 1, "ERROR negative-tokens.csv:3 column tokens_prompt, value \"-5\": negative count"),
                rows("fractional-tokens.csv", 0, "ERROR fractional-tokens.csv:2 column tokens_completion, value \"3.5\": not a whole number;"
                        + " counts cannot have a fraction"),
                rows("non-numeric-tokens.csv", 0, "ERROR non-numeric-tokens.csv:2 column tokens_prompt, value \"lots\": not a number"),
                rows("bad-dates.csv", 1,
                        "ERROR bad-dates.csv:2 column created_at, value \"2026-02-30 10:00:00\": day 30 out of range for 2026-02",
                        "ERROR bad-dates.csv:3 column created_at, value \"yesterday\": not a date/time (expected e.g."
                                + " 2025-11-25T16:00:00Z, 2025-11-25 16:00:00, 1764086400 or 5/1/25)"),
                rows("day-first-dates.csv", 0, "ERROR day-first-dates.csv:2 column ChargePeriodStart, value \"25/12/25\": month 25"
                        + " out of range; the dates look day-first, set the slash date order"),
                rows("disjoint-counts.csv", 0, "ERROR disjoint-counts.csv:2 column tokens_prompt, value \"100\": uncached input would be"
                        + " -100 (100 − cache read 200); the parts are larger than the total, so these counts look disjoint (cache not"
                        + " inside the input count)"),
                rows("short-row.csv", 1, "ERROR short-row.csv:3 column cost_web_search: the row has 3 fields but the header has 24;"
                        + " this and later columns are missing"),
                rows("extra-field.csv", 0, "ERROR extra-field.csv:2 column field 25, value \" Inc.\": the row has 25 fields but the"
                        + " header has 24; is a value with an unquoted delimiter in it?"),
                // Each row alone fits a 64-bit count, the two together do not: the second is rejected, not wrapped.
                rows("huge-counts.csv", 1, "ERROR huge-counts.csv:3: the file's token totals no longer fit a 64-bit count"),
                rows("bad-cost.csv", 0, "ERROR bad-cost.csv:2 column cost_total, value \"N/A\": not a number"),
                rows("end-before-start.csv", 0, "ERROR end-before-start.csv:2 column end_time, value \"1761523800\": ends before it"
                        + " starts (2025-10-27T00:11:00Z)"),
                // The line is 96 characters long, so it ends at column 97; the value shown is its first 60 characters.
                rows("truncated-line.jsonl", 1, "ERROR truncated-line.jsonl:2, value \"{\"id\":\"chatcmpl-2\",\"created\":1764086460,"
                        + "\"model\":\"gpt-4o-mini…\": not valid JSON: the line ends inside a value at column 97 (truncated?)"),
                rows("messages-without-time.jsonl", 0, "ERROR messages-without-time.jsonl:1 column created: no time: the line has"
                        + " none of created, created_at, timestamp, time; Anthropic Messages responses carry no time of their own,"
                        + " so the log must add one"),
                rows("bedrock-missing-model.jsonl", 0, "ERROR bedrock-missing-model.jsonl:1 column modelId: missing value"),
                rows("usage_completions_result.example.json", 0, "ERROR usage_completions_result.example.json:1 column start_time:"
                        + " a result outside its bucket has no time; import the whole page ({\"data\":[{\"start_time\":…,\"results\":[…]}]})"),
                rows("costs_result.example.json", 0, "ERROR costs_result.example.json:1 column start_time: a result outside its"
                        + " bucket has no time; import the whole page ({\"data\":[{\"start_time\":…,\"results\":[…]}]})"));
    }

    private static BadFile refused(String name, String... issues) {
        return new BadFile(name, new Refused(List.of(issues)));
    }

    private static BadFile rows(String name, long records, String... issues) {
        return new BadFile(name, new RowsRejected(records, List.of(issues)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void getsTheStatedOutcome(BadFile bad) throws Exception {
        Path file = Fixtures.file("bad/" + bad.name());
        CollectingSink sink = new CollectingSink();
        switch (bad.outcome()) {
            case Refused refused -> {
                ImportException thrown = assertThrows(ImportException.class,
                        () -> new UsageImport().read(file, ReadOptions.defaults(), sink, Progress.NONE));
                assertEquals(refused.issues(), describe(thrown.issues()));
            }
            case RowsRejected rejected -> {
                ReadSummary summary = new UsageImport().read(file, ReadOptions.defaults(), sink, Progress.NONE);
                assertEquals(rejected.issues(), describe(sink.issues));
                assertEquals(rejected.records(), sink.records.size(), "records still read");
                assertEquals(rejected.issues().size(), summary.rowsRejected(), "one rejected row per error");
                assertTrue(summary.hasErrors());
            }
        }
    }

    private static List<String> describe(List<ImportIssue> issues) {
        return issues.stream().map(GoldenForm::issue).toList();
    }

    @Test
    void everyFileOfTheCorpusIsInTheTableAndThereAreAtLeastTwentyFive() {
        Set<String> listed = corpus().map(BadFile::name).collect(Collectors.toSet());
        Set<String> present = Fixtures.inputs(Fixtures.root().resolve("bad")).stream()
                .map(p -> p.getFileName().toString())
                .filter(n -> !n.equals("many-bad-rows.csv") && !n.startsWith("."))
                .collect(Collectors.toSet());
        assertEquals(present, listed);
        assertTrue(listed.size() >= 25, listed.size() + " files");
    }

    @Test
    void listsTheFirstTwoHundredRowErrorsAndCountsTheRestWhileTheSinkGetsAll() throws Exception {
        // 250 rows whose tokens_prompt is "x".
        CollectingSink sink = new CollectingSink();
        ReadSummary summary = new UsageImport().read(Fixtures.file("bad/many-bad-rows.csv"), ReadOptions.defaults(), sink, Progress.NONE);
        assertEquals(250, summary.rowsRead());
        assertEquals(250, summary.rowsRejected());
        assertEquals(200, summary.issues().size());
        assertEquals(50, summary.issuesNotListed());
        assertEquals(250, sink.issues.size());
        assertEquals("ERROR many-bad-rows.csv:251 column tokens_prompt, value \"x\": not a number", GoldenForm.issue(sink.issues.get(249)));
    }
}
