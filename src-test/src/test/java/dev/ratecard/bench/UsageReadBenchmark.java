package dev.ratecard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.importers.text.CsvTable;
import dev.ratecard.importers.text.TextFile;
import dev.ratecard.importers.usage.ColumnMapping;
import dev.ratecard.importers.usage.ReadOptions;
import dev.ratecard.importers.usage.ReadSummary;
import dev.ratecard.importers.usage.UsageFormat;
import dev.ratecard.importers.usage.UsageImport;
import dev.ratecard.importers.usage.UsageSink;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reading 1,000,000 usage rows, against two baselines measured in the same run on the same file: reading
 * the lines alone, and parsing alone (for CSV the encoding check, decoding and Commons CSV; for JSONL a Jackson
 * tree per line), without conversion.
 * The forks get a 256 MB heap, as the app does: a reader that kept its records would not finish.
 *
 * <p>Files: a generic 7-column CSV (~75 bytes per row, read through a column mapping), OpenRouter's 24-column
 * activity export (~190 bytes per row), and a JSONL request log of chat completions (~260 bytes per line).
 * They are written to a temporary folder at the start of the trial and deleted at its end.
 *
 * <p>Run from the repository root (about two minutes on two cores):
 * <pre>
 * ./mvnw -q -pl src-test -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/bench-out/cp.txt
 * source .mvn/find-jdk.sh
 * "$(ratecard_find_jdk)/bin/java" -cp "src-test/target/test-classes:$(cat bench-out/cp.txt)" \
 *     org.openjdk.jmh.Main UsageReadBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class UsageReadBenchmark {
    static final int ROWS = 1_000_000;
    private static final String[] MODELS = {"gpt-4o-mini", "gpt-4o-2024-08-06", "claude-sonnet-4-20250514", "deepseek/deepseek-chat-v3-0324"};

    /** Which file: a generic CSV read through a mapping, OpenRouter's export, or a JSONL request log. */
    @Param({"generic-csv", "openrouter-csv", "request-log-jsonl"})
    public String shape;

    private Path folder;
    private Path file;
    private ReadOptions options;
    private final UsageImport usage = new UsageImport();
    private final ObjectMapper json = new ObjectMapper();

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        folder = Files.createTempDirectory("ratecard-bench");
        switch (shape) {
            case "generic-csv" -> {
                file = writeGeneric();
                options = ReadOptions.defaults().withMapping(genericMapping());
            }
            case "openrouter-csv" -> {
                file = writeOpenRouter();
                options = ReadOptions.defaults().withFormat(UsageFormat.OPENROUTER_ACTIVITY_CSV);
            }
            case "request-log-jsonl" -> {
                file = writeRequestLog();
                options = ReadOptions.defaults().withFormat(UsageFormat.REQUEST_LOG);
            }
            default -> throw new IllegalArgumentException(shape);
        }
    }

    private Path writeGeneric() throws IOException {
        return write("generic.csv", "timestamp,model,provider,prompt_tokens,completion_tokens,cached_tokens,cost", i ->
                time(i, 'T', "Z") + "," + MODELS[i % 4] + ",openai," + prompt(i) + "," + (10 + i % 2000) + "," + prompt(i) / 3
                        + ",0.00" + (1000 + i % 9000));
    }

    private Path writeOpenRouter() throws IOException {
        return write("openrouter.csv", "generation_id,created_at,cost_total,cost_web_search,cost_cache,"
                + "cost_file_processing,byok_usage_inference,tokens_prompt,tokens_completion,tokens_reasoning,tokens_cached,"
                + "model_permaslug,provider_name,variant,cancelled,streamed,user,finish_reason_raw,finish_reason_normalized,"
                + "generation_time_ms,time_to_first_token_ms,api_key_disabled,api_key_name,app_name", i ->
                "gen-" + (1_760_000_000L + i) + "-" + String.format("%020d", i) + "," + time(i, ' ', "") + ",0.00" + (1000 + i % 9000)
                        + ",0,-0.0001,0,0," + prompt(i) + "," + (10 + i % 2000) + ",0," + prompt(i) / 3 + "," + MODELS[i % 4]
                        + ",Novita,standard,false,true,,stop,stop,1200,300,false,prod-key,My App");
    }

    private Path writeRequestLog() throws IOException {
        return write("requests.jsonl", null, i ->
                "{\"id\":\"chatcmpl-" + i + "\",\"object\":\"chat.completion\",\"created\":" + (1_764_000_000L + i)
                        + ",\"model\":\"" + MODELS[i % 2] + "\",\"usage\":{\"prompt_tokens\":" + prompt(i) + ",\"completion_tokens\":"
                        + (10 + i % 2000) + ",\"total_tokens\":" + (prompt(i) + 10 + i % 2000) + ",\"prompt_tokens_details\":{\"cached_tokens\":"
                        + prompt(i) / 3 + "},\"completion_tokens_details\":{\"reasoning_tokens\":0}},\"service_tier\":\"default\"}");
    }

    private static ColumnMapping genericMapping() {
        return new ColumnMapping("bench", ColumnMapping.TimeColumn.of("timestamp"), "model", "provider", null, null,
                Map.of(UsageBucket.UNCACHED_INPUT, "prompt_tokens", UsageBucket.CACHE_READ, "cached_tokens",
                        UsageBucket.OUTPUT_TEXT, "completion_tokens"),
                true, false, new ColumnMapping.CostColumn("cost", "USD", null, null, null), null, null, null);
    }

    private static int prompt(int i) {
        return (int) (100 + (i * 7919L) % 20_000);
    }

    private static String time(int i, char separator, String zone) {
        String iso = Instant.ofEpochSecond(1_761_955_200L + i * 2L, (i % 1000) * 1_000_000L).toString();
        // 2025-11-01T00:00:00.123Z → the separator and zone each format uses
        String local = iso.substring(0, 10) + separator + iso.substring(11, iso.length() - 1);
        return (local.length() == 19 ? local + ".000" : local) + zone;
    }

    private interface Line {
        String of(int i);
    }

    private Path write(String name, String header, Line line) throws IOException {
        Path file = folder.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (header != null) {
                out.write(header);
                out.write('\n');
            }
            for (int i = 0; i < ROWS; i++) {
                out.write(line.of(i));
                out.write('\n');
            }
        }
        return file;
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
    }

    /** Counts records and adds up one bucket, so the work cannot be optimised away; keeps nothing. */
    private static final class CountingSink implements UsageSink {
        long records;
        long tokens;

        @Override
        public void accept(UsageRecord record) {
            records++;
            tokens += record.counts().get(UsageBucket.UNCACHED_INPUT);
        }
    }

    /** Baseline: the lines alone, as text. */
    @Benchmark
    public long baselineReadLines() throws IOException {
        return lines(file);
    }

    /** Baseline: decoding and parsing alone, no conversion (Commons CSV for CSV, a Jackson tree per JSONL line). */
    @Benchmark
    public long baselineParse() throws Exception {
        return shape.endsWith("jsonl") ? parseJsonLines(file) : tokenise(file);
    }

    /** Ratecard's read: detection skipped (the format is given), every row converted and sent to the sink. */
    @Benchmark
    public long read() throws Exception {
        CountingSink sink = new CountingSink();
        ReadSummary summary = usage.read(file, options, sink, Progress.NONE);
        if (sink.records != ROWS || summary.rowsRejected() != 0) {
            throw new IllegalStateException(file + ": " + sink.records + " records, " + summary.rowsRejected() + " rejected");
        }
        return sink.tokens;
    }

    private long parseJsonLines(Path jsonl) throws IOException {
        long members = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl)) {
            String line;
            while ((line = in.readLine()) != null) {
                members += json.readTree(line).size();
            }
        }
        return members;
    }

    private static long lines(Path file) throws IOException {
        long chars = 0;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                chars += line.length();
            }
        }
        return chars;
    }

    private static long tokenise(Path file) throws Exception {
        long chars = 0;
        try (TextFile text = TextFile.open(file, file.getFileName().toString(), true);
             CsvTable table = CsvTable.open(text.reader(), ',')) {
            while (table.next()) {
                chars += table.get(table.size() - 1).length();
            }
        }
        return chars;
    }
}
