package dev.ratecard.importers.usage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.importers.text.NumberParser;
import dev.ratecard.importers.text.TimestampParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request log's fast path stands in for the tree reading: a line it takes becomes exactly the record the
 * tree makes of it (compared field by field, amounts to the scale), and a line it is unsure of is left to the
 * tree, which then reports what is wrong with it.
 */
class RequestLogFastPathTest {
    private static final SourceRef WHERE = SourceRef.line("requests.jsonl", 7);

    /** Lines the fast path takes; each must give the tree's record. */
    @ParameterizedTest
    @ValueSource(strings = {
            """
            {"id":"chatcmpl-1","object":"chat.completion","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":1000,"completion_tokens":500,"total_tokens":1500,"prompt_tokens_details":{"cached_tokens":400}}}""",
            """
            {"id":"chatcmpl-2","object":"chat.completion","created":1764086400,"model":"gpt-4o-2024-08-06","choices":[{"index":0,"message":{"role":"assistant","content":"Tab\\there, \\"quoted\\", \\u00e9 and \\\\ too"},"finish_reason":"stop","logprobs":null}],"usage":{"prompt_tokens":2000,"completion_tokens":500,"total_tokens":2500,"prompt_tokens_details":{"cached_tokens":1200,"cache_write_tokens":300,"audio_tokens":100},"completion_tokens_details":{"reasoning_tokens":200,"audio_tokens":50}},"service_tier":"priority","system_fingerprint":null}""",
            """
            {"id":"resp_3","object":"response","created_at":1764086460,"model":"o4-mini","status":"completed","instructions":null,"output":[{"type":"reasoning","summary":[]},{"type":"message","content":[{"type":"output_text","text":"42"}]}],"usage":{"input_tokens":5000,"input_tokens_details":{"cached_tokens":4096},"output_tokens":900,"output_tokens_details":{"reasoning_tokens":640},"total_tokens":5900}}""",
            """
            {"timestamp":"2025-11-25T16:02:00Z","request":{"model":"claude-sonnet-4-20250514","max_tokens":1024,"messages":[{"role":"user","content":"Hi"}]},"response":{"id":"msg_4","type":"message","model":"claude-sonnet-4-20250514","usage":{"input_tokens":50,"cache_creation_input_tokens":1500,"cache_read_input_tokens":10000,"cache_creation":{"ephemeral_5m_input_tokens":1000,"ephemeral_1h_input_tokens":500},"output_tokens":300,"server_tool_use":{"web_search_requests":2},"service_tier":"standard"}}}""",
            """
            {"time":"2026-03-16 10:36:33.511","request":{"body":{"user":"ana"}},"response":{"status_code":200,"body":{"id":"msg_5","type":"message","model":"claude-haiku-4-5","usage":{"input_tokens":7,"cache_creation_input_tokens":20,"output_tokens":3,"service_tier":"batch","inference_geo":"us"}}}}""",
            """
            {"id":"gen-1764086580-AAAA","provider":"DeepInfra","model":"deepseek/deepseek-chat-v3-0324","object":"chat.completion","created":1764086580,"usage":{"prompt_tokens":1000,"completion_tokens":100,"total_tokens":1100,"cost":0}}""",
            """
            {"id":"chatcmpl-6","created":"1764086700","model":"  gpt-4o-mini  ","user":"","usage":{"prompt_tokens":10,"completion_tokens":5,"prompt_tokens_details":null},"service_tier":"default"}""",
            """
            {"id":"","object":"chat.completion","created_at":1764086700,"created":null,"model":"gpt-4o","usage":{"prompt_tokens":null,"completion_tokens":5}}""",
            """
            \t { "id" : "chatcmpl-8" , "created" : 1764086700 , "model" : "gpt-4o" , "usage" : { "prompt_tokens" : 3 , "completion_tokens" : 4 } }  \t""",
            """
            {"id":"msg_9","type":"message","model":"claude-3-5-haiku","created_at":"2025-11-25T16:02:00+01:00","usage":{"input_tokens":0,"output_tokens":0,"cache_creation":{"ephemeral_5m_input_tokens":5}}}"""
    })
    void aLineTheFastPathTakesIsTheRecordTheTreeMakes(String line) throws Exception {
        UsageRecord fast = fastRecord(line);
        assertNotNull(fast, "the fast path should take this line");
        CollectingSink tree = treeRead(line);
        assertEquals(List.of(), tree.issues);
        assertEquals(List.of(fast), tree.records);
    }

    /** Lines the fast path leaves to the tree: unsure of them, or they have something to report. */
    @ParameterizedTest
    @ValueSource(strings = {
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","Usage":{"prompt_tokens":1,"completion_tokens":1}}""",
            """
            {"id":"a","created":1764086400,"MODEL":"gpt-4o","model":"x","usage":{"prompt_tokens":1,"completion_tokens":1}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","usage.prompt_tokens":5,"usage":{"completion_tokens":1,"input_tokens":3}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","model":"gpt-4o-mini","usage":{"prompt_tokens":1,"completion_tokens":1}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt\\u002d4o","usage":{"prompt_tokens":1,"completion_tokens":1}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":1,"completion_tokens":1,}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":-1,"completion_tokens":1}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":16}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":10,"completion_tokens":5,"prompt_tokens_details":{"cached_tokens":11}}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":3.0,"completion_tokens":1}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":"3","completion_tokens":1}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":1234567890123456789,"completion_tokens":1}}""",
            """
            {"id":"gen-1","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":1,"completion_tokens":1,"cost":0.00042}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":1,"completion_tokens":1}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":1,"completion_tokens":1}} trailing""",
            """
            {"data":[{"id":"a"}],"usage":null}""",
            """
            {"id":"chatcmpl-5","created":1764086640,"model":"gpt-4o-mini","error":{"message":"Rate limit reached"}}""",
            """
            {"id":"a","created":1764086400,"usage":{"prompt_tokens":1,"completion_tokens":1}}""",
            """
            {"id":"a","model":"claude-sonnet-4","usage":{"input_tokens":1,"output_tokens":1}}""",
            """
            {"id":"a","created":"yesterday","model":"gpt-4o","usage":{"prompt_tokens":1,"completion_tokens":1}}""",
            """
            {"id":"a","created":1764086400,"model":"claude","usage":{"input_tokens":1,"output_tokens":1,"cache_creation_input_tokens":9,"cache_creation":{"ephemeral_5m_input_tokens":5}}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","response":"ok","usage":{"prompt_tokens":1,"completion_tokens":1}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":01,"completion_tokens":1}}""",
            """
            {"id":"a","created":1764086400,"model":"gpt-4o","choices":["unclosed \\x escape"],"usage":{"prompt_tokens":1,"completion_tokens":1}}""",
            """
            [{"id":"a","created":1764086400,"model":"gpt-4o","usage":{"prompt_tokens":1,"completion_tokens":1}}]"""
    })
    void aLineTheFastPathIsUnsureOfIsLeftToTheTree(String line) throws Exception {
        assertNull(fastRecord(line));
    }

    /** A whole log read through the reader takes the fast path and the tree path line by line, in order. */
    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void aLogMixingBothPathsReadsInFileOrderWhateverItsLineBreaks(String lineBreak) throws Exception {
        Path file = Files.createTempFile("requests", ".jsonl");
        try {
            Files.writeString(file, String.join(lineBreak,
                    "{\"id\":\"c-1\",\"created\":1764086400,\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1}}",
                    "",
                    "{\"id\":\"c-2\",\"created\":1764086401,\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":16}}",
                    "{\"id\":\"c-3\",\"created\":1764086402,\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":-3,\"completion_tokens\":1}}",
                    "{\"id\":\"c-1\",\"created\":1764086403,\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":2,\"completion_tokens\":2}}",
                    "{\"id\":\"c-4\",\"created\":1764086404,\"model\":\"gpt-4o\",\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":4}}"));
            CollectingSink sink = new CollectingSink();
            ReadSummary summary = new UsageImport().read(file, ReadOptions.defaults().withFormat(UsageFormat.REQUEST_LOG),
                    sink, Progress.NONE);

            // Line 1 fast; 3 warned by the tree (16 ≠ 15) and kept; 4 rejected; 5 a repeat of c-1, left out; 6 fast.
            assertEquals(List.of("c-1:1", "c-2:3", "c-4:6"), sink.records.stream()
                    .map(r -> r.naturalKey() + ":" + r.source().line()).toList());
            assertEquals(List.of(
                    "WARNING " + file.getFileName() + ":3 column usage.total_tokens, value \"16\": not usage.prompt_tokens 10"
                            + " + usage.completion_tokens 5 = 15; the buckets follow the two parts",
                    "ERROR " + file.getFileName() + ":4 column usage.prompt_tokens, value \"-3\": negative count",
                    "WARNING " + file.getFileName() + ":5 column id, value \"c-1\": duplicate of line 1 (same id); left out"),
                    sink.issues.stream().map(GoldenForm::issue).toList());
            assertEquals(5, summary.rowsRead());
            assertTrue(summary.hasErrors());
        } finally {
            Files.delete(file);
        }
    }

    /**
     * Lines the fast path takes are emitted a few at a time (their ids looked up together); a log long enough to
     * hold back many such groups, with a repeat, a rejected line and a tree-read line falling inside groups and a
     * last group cut short by the end of the file, still comes out exactly in file order.
     */
    @org.junit.jupiter.api.Test
    void aLongLogComesOutInFileOrderWithEveryRowAccountedFor() throws Exception {
        Path file = Files.createTempFile("requests", ".jsonl");
        try {
            StringBuilder log = new StringBuilder();
            for (int line = 1; line <= 53; line++) {
                // Line 20 repeats line 3's id; 29 has a negative count (rejected); 41 a total that does not add
                // up (read by the tree, warned and kept); every other line is distinct and taken fast.
                String id = line == 20 ? "c-3" : "c-" + line;
                String usage = switch (line) {
                    case 29 -> "\"prompt_tokens\":-1,\"completion_tokens\":1";
                    case 41 -> "\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":16";
                    default -> "\"prompt_tokens\":" + line + ",\"completion_tokens\":1";
                };
                log.append("{\"id\":\"").append(id).append("\",\"created\":").append(1764086400 + line)
                        .append(",\"model\":\"gpt-4o\",\"usage\":{").append(usage).append("}}\n");
            }
            Files.writeString(file, log);
            CollectingSink sink = new CollectingSink();
            ReadSummary summary = new UsageImport().read(file, ReadOptions.defaults().withFormat(UsageFormat.REQUEST_LOG),
                    sink, Progress.NONE);

            List<Long> expectedLines = java.util.stream.LongStream.rangeClosed(1, 53)
                    .filter(line -> line != 20 && line != 29).boxed().toList();
            assertEquals(expectedLines, sink.records.stream().map(r -> r.source().line()).toList());
            assertEquals(List.of(
                    "WARNING " + file.getFileName() + ":20 column id, value \"c-3\": duplicate of line 3 (same id); left out",
                    "ERROR " + file.getFileName() + ":29 column usage.prompt_tokens, value \"-1\": negative count",
                    "WARNING " + file.getFileName() + ":41 column usage.total_tokens, value \"16\": not usage.prompt_tokens 10"
                            + " + usage.completion_tokens 5 = 15; the buckets follow the two parts"),
                    sink.issues.stream().map(GoldenForm::issue).toList());
            // 53 rows: 51 with a record, 1 rejected (29), 1 skipped as a repeat (20).
            assertEquals(53, summary.rowsRead());
            assertEquals(51, summary.recordsEmitted());
            assertEquals(1, summary.rowsRejected());
            assertEquals(1, summary.rowsSkipped());
        } finally {
            Files.delete(file);
        }
    }

    /**
     * One reader scans a whole log and remembers the member names it found safe to skip; that must never let an
     * unsafe name through, whether the names it met before were few and repeated or more than it remembers.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 200})
    void aReaderThatHasSkippedManyNamesStillLeavesUnsureLinesToTheTree(int distinctNames) {
        RequestLogReader reader = new RequestLogReader(context());
        for (int i = 0; i < 300; i++) {
            String line = "{\"id\":\"c-" + i + "\",\"object\":\"chat.completion\",\"extra_" + (i % distinctNames)
                    + "\":[1,{\"a\":null}],\"created\":1764086400,\"model\":\"gpt-4o\","
                    + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"extra_" + (i % distinctNames) + "\":true}}";
            assertNotNull(draft(reader, line), line);
        }
        // A kept name in another case, a dotted name, non-ASCII: each still declines, after all those skips, and
        // again when it comes back.
        List<String> unsure = List.of(
                "{\"id\":\"a\",\"created\":1764086400,\"model\":\"gpt-4o\",\"Usage\":{},"
                        + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1}}",
                "{\"id\":\"a\",\"created\":1764086400,\"model\":\"gpt-4o\",\"object\":1,"
                        + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"extra_0.x\":2}}",
                "{\"id\":\"a\",\"created\":1764086400,\"model\":\"gpt-4o\",\"objéct\":1,"
                        + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1}}",
                "{\"id\":\"a\",\"created\":1764086400,\"model\":\"gpt-4o\",\"object\":1,"
                        + "\"usage\":{\"Prompt_Tokens\":1,\"prompt_tokens\":1,\"completion_tokens\":1}}");
        for (int pass = 0; pass < 2; pass++) {
            unsure.forEach(line -> assertNull(draft(reader, line), line));
        }
        assertNotNull(draft(reader, "{\"id\":\"b\",\"created\":1764086400,\"model\":\"gpt-4o\",\"object\":1,"
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"extra_0\":2}}"));
    }

    private static Draft draft(RequestLogReader reader, String line) {
        char[] chars = line.toCharArray();
        return reader.draft(chars, 0, chars.length);
    }

    private static ReaderContext context() {
        ReadOptions options = ReadOptions.defaults().withFormat(UsageFormat.REQUEST_LOG);
        return new ReaderContext(options, new NumberParser(options.decimalSeparator()),
                new TimestampParser(options.naiveTimeZone(), options.slashDateOrder()), new JsonSupport());
    }

    /** The fast path's record, or null when it declines. */
    private static UsageRecord fastRecord(String line) {
        RequestLogReader reader = new RequestLogReader(context());
        char[] chars = ("##" + line + "##").toCharArray();
        Draft draft = reader.draft(chars, 2, chars.length - 2);
        if (draft == null) {
            return null;
        }
        CollectingSink sink = new CollectingSink();
        ReadSession session = new ReadSession(WHERE.file(), sink, Progress.NONE, () -> 0, 1, 10);
        session.row(WHERE, () -> session.emit(draft));
        assertEquals(List.of(), sink.issues);
        return sink.records.getFirst();
    }

    private static CollectingSink treeRead(String line) throws JsonProcessingException {
        ReaderContext context = context();
        RequestLogReader reader = new RequestLogReader(context);
        JsonNode item = context.json().readLine(line);
        CollectingSink sink = new CollectingSink();
        ReadSession session = new ReadSession(WHERE.file(), sink, Progress.NONE, () -> 0, 1, 10);
        session.row(WHERE, () -> reader.read(item, WHERE, session));
        return sink;
    }
}
