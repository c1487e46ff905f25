package dev.ratecard.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Importing a 1,000,000-row usage CSV (OpenRouter's 24-column activity export) with {@code ratecard import}, as
 * a real process with a 256 MB heap, against the {@code sqlite3} shell's {@code .import --csv} of the same file
 * into an equivalent table, alternating, each round into a fresh database.
 *
 * <p>"Equivalent": the shell's table has one column per CSV column, with the affinity the value has (INTEGER
 * for token counts and milliseconds, REAL for costs, TEXT for the rest), a rowid key, and a UNIQUE index on
 * {@code generation_id}, the export's natural key, as Ratecard's {@code usage_row} table has a UNIQUE index on the
 * key derived from it; both databases are in WAL mode with {@code synchronous=NORMAL}, and each loads the file
 * in one transaction. Ratecard does more on top: it detects the format, hashes the file, converts every value
 * (times to UTC milliseconds, costs to nano-dollars, inclusive token counts to disjoint buckets), stores
 * 38 columns and records the batch.
 *
 * <p>The shell's table is created before its clock starts, so Ratecard's like-for-like line imports into a workspace
 * created (empty) by another command before its clock starts; a second line imports into a new file, the import
 * creating the workspace (its schema through Flyway), which is what a first import costs.
 *
 * <p>A third line shows what the database work alone costs: the rows Ratecard stored, copied by the {@code sqlite3}
 * shell into a fresh workspace's {@code usage_row} table (with the same page size) with its indexes dropped, the indexes built again (with the same
 * sorter threads) and committed in one transaction, as Ratecard's import does it, but with no JVM, no file to read,
 * nothing to convert and no driver in between. It is a floor for any import that stores the same rows with the same indexes.
 *
 * <p>Every timed run starts after a {@code sync}, untimed, so that none pays for writing out what the one before it
 * left in memory.
 *
 * <p>Target: Ratecard ≤ 1.0 × the shell, within 256 MB. Run: {@code ./mvnw -Pbench -pl src-test -am verify
 * -Dbench=ImportBench} (arguments after the name: rows, rounds). The peak heap is read from the process's GC
 * log: the most heap in use when a collection began.
 */
final class ImportBench implements BenchCommand {
    static final String RATECARD = "ratecard import, workspace made before (-Xmx256m)";
    static final String RATECARD_NEW = "ratecard import, creating the workspace (-Xmx256m)";
    static final String SHELL = "sqlite3 .import --csv (baseline)";
    static final String STORE_FLOOR = "sqlite3: Ratecard's rows, copied (floor)";
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    @Override
    public String name() {
        return "ImportBench";
    }

    @Override
    public void run(List<String> args) throws Exception {
        int rows = Bench.argument(args, 0, 1_000_000);
        int rounds = Bench.argument(args, 1, 3);
        String shell = sqliteShell();
        if (shell == null) {
            System.out.println("ImportBench needs the sqlite3 shell as its baseline and found none on the PATH:"
                    + " install it (apt-get install -y sqlite3) and run the bench again. Nothing was measured.");
            return;
        }
        Path folder = Files.createTempDirectory("ratecard-import-bench");
        try {
            Path csv = writeExport(folder.resolve("openrouter-activity.csv"), rows);
            System.out.printf(Locale.ROOT, "%,d rows, %.1f MB, %d rounds, %s, ratecard on java %s%n", rows,
                    Files.size(csv) / 1e6, rounds, shell, Runtime.version());
            Timings timings = new Timings();
            long peakHeap = 0;
            long liveHeap = 0;
            for (int round = 0; round < rounds; round++) {
                timings.add(SHELL, shellImport(folder, csv));
                ProcessRun creating = ratecardImport(folder, csv, rows, false);
                timings.add(RATECARD_NEW, creating.nanos());
                ProcessRun run = ratecardImport(folder, csv, rows, true);
                timings.add(RATECARD, run.nanos());
                timings.add(STORE_FLOOR, storeFloor(folder, rows));
                for (ProcessRun each : List.of(creating, run)) {
                    peakHeap = Math.max(peakHeap, each.peakHeapMb());
                    liveHeap = Math.max(liveHeap, each.liveHeapMb());
                }
            }
            timings.print(rows);
            timings.printRatio(RATECARD, SHELL);
            timings.printRatio(RATECARD_NEW, SHELL);
            timings.printRatio(STORE_FLOOR, SHELL);
            // The heap fills up to its limit between collections by design; what the import holds on to is what
            // survives a collection.
            System.out.printf(Locale.ROOT, "ratecard heap: at most %d MB of 256 MB in use before a collection,"
                    + " at most %d MB live after one%n", peakHeap, liveHeap);
        } finally {
            Bench.deleteTree(folder);
        }
    }

    private record ProcessRun(long nanos, long peakHeapMb, long liveHeapMb) {
    }

    private static long shellImport(Path folder, Path csv) throws Exception {
        Path db = fresh(folder, "shell.db");
        String script = """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                CREATE TABLE activity (generation_id TEXT NOT NULL, created_at TEXT, cost_total REAL, cost_web_search REAL,
                    cost_cache REAL, cost_file_processing REAL, byok_usage_inference REAL, tokens_prompt INTEGER,
                    tokens_completion INTEGER, tokens_reasoning INTEGER, tokens_cached INTEGER, model_permaslug TEXT,
                    provider_name TEXT, variant TEXT, cancelled TEXT, streamed TEXT, user TEXT, finish_reason_raw TEXT,
                    finish_reason_normalized TEXT, generation_time_ms INTEGER, time_to_first_token_ms INTEGER,
                    api_key_disabled TEXT, api_key_name TEXT, app_name TEXT);
                CREATE UNIQUE INDEX activity_generation ON activity (generation_id);
                """;
        Bench.runProcess(List.of("sqlite3", db.toString()), script);
        Bench.settleDisk();
        long start = System.nanoTime();
        Bench.runProcess(List.of("sqlite3", db.toString()), "PRAGMA synchronous = NORMAL;\n.import --csv --skip 1 " + csv + " activity\n");
        long nanos = System.nanoTime() - start;
        String count = Bench.runProcess(List.of("sqlite3", db.toString()), "SELECT count(*) FROM activity;").strip();
        if (!count.endsWith("" + countRows(csv))) {
            throw new IllegalStateException("the shell imported " + count + " rows");
        }
        return nanos;
    }

    /**
     * The database work of Ratecard's last import on its own: its stored rows copied into an empty {@code usage_row}
     * table of the same schema (indexes dropped, as the import drops them on an empty table), then the indexes
     * built and the transaction committed, timed in the {@code sqlite3} shell.
     */
    private static long storeFloor(Path folder, int rows) throws Exception {
        Path stored = folder.resolve("ratecard.db");
        Path db = fresh(folder, "floor.db");
        List<String> indexes = List.of(Bench.runProcess(List.of("sqlite3", stored.toString()),
                "SELECT sql || ';' FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'usage_row' AND sql IS NOT NULL;")
                .strip().split("\n"));
        String schema = Bench.runProcess(List.of("sqlite3", stored.toString()),
                "SELECT sql || ';' FROM sqlite_schema WHERE name IN ('import_batch', 'usage_name', 'usage_row');");
        String pageSize = Bench.runProcess(List.of("sqlite3", stored.toString()), "PRAGMA page_size;").strip();
        Bench.runProcess(List.of("sqlite3", db.toString()), "PRAGMA page_size = " + pageSize + ";\nPRAGMA journal_mode = WAL;\n" + schema
                + "ATTACH '" + stored + "' AS stored;\nINSERT INTO import_batch SELECT * FROM stored.import_batch;\n"
                + "INSERT INTO usage_name SELECT * FROM stored.usage_name;\n");
        // WHERE keeps SQLite from copying the records whole (its transfer optimisation): each row is inserted.
        // The same sorter threads as the import's index builds (DeferredIndexes).
        String copy = "PRAGMA synchronous = NORMAL;\nPRAGMA threads = " + Math.min(4, Runtime.getRuntime().availableProcessors())
                + ";\nATTACH '" + stored + "' AS stored;\nBEGIN;\n"
                + "INSERT INTO usage_row SELECT * FROM stored.usage_row WHERE id > 0;\n" + String.join("\n", indexes)
                + "\nCOMMIT;\n";
        Bench.settleDisk();
        long start = System.nanoTime();
        Bench.runProcess(List.of("sqlite3", db.toString()), copy);
        long nanos = System.nanoTime() - start;
        String count = Bench.runProcess(List.of("sqlite3", db.toString()), "SELECT count(*) FROM usage_row;").strip();
        if (!count.equals(Integer.toString(rows))) {
            throw new IllegalStateException("the copy holds " + count + " rows");
        }
        return nanos;
    }

    /**
     * One {@code ratecard import} into a fresh database file. With {@code madeBefore}, the workspace is created
     * (empty) by another command before the clock starts, as the shell's table is; without, the import creates it.
     */
    private static ProcessRun ratecardImport(Path folder, Path csv, int rows, boolean madeBefore) throws Exception {
        Path db = fresh(folder, "ratecard.db");
        Path gcLog = folder.resolve("gc.log");
        Files.deleteIfExists(gcLog);
        if (madeBefore) {
            Bench.runProcess(ratecard(folder, "-Xlog:disable", "scenario", "list", "--db", db.toString()), null);
        }
        List<String> command = ratecard(folder, "-Xlog:gc:file=" + gcLog, "import", csv.toString(), "--db", db.toString(),
                "--json");
        Bench.settleDisk();
        long start = System.nanoTime();
        String output = Bench.runProcess(command, null);
        long nanos = System.nanoTime() - start;
        if (!output.contains("\"rows_new\" : " + rows)) {
            throw new IllegalStateException("ratecard did not import " + rows + " rows:\n" + output);
        }
        return new ProcessRun(nanos, mostHeap(gcLog, 1), mostHeap(gcLog, 2));
    }

    /** A {@code ratecard} process with a 256 MB heap, {@code jvmOption} and the command's arguments. */
    private static List<String> ratecard(Path folder, String jvmOption, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", jvmOption, "--enable-native-access=ALL-UNNAMED", "-Dratecard.home=" + folder.resolve("home"),
                "-cp", Bench.productClasspath(), "dev.ratecard.Launcher"));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * The most heap in use when a collection began ({@code group} 1) or when it ended (2), from lines such as
     * {@code Pause Young ... 120M->30M(256M)}.
     */
    private static long mostHeap(Path gcLog, int group) throws IOException {
        long most = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher heap = GC_LINE.matcher(line);
            if (heap.find()) {
                most = Math.max(most, Long.parseLong(heap.group(group)));
            }
        }
        return most;
    }

    private static long countRows(Path csv) throws IOException {
        try (var lines = Files.lines(csv)) {
            return lines.count() - 1;
        }
    }

    private static String sqliteShell() {
        try {
            Process process = new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? "sqlite3 " + version.split(" ")[0] : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    private static Path fresh(Path folder, String name) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(folder.resolve(name + suffix));
        }
        return folder.resolve(name);
    }

    /** OpenRouter's activity export: one generation per row, about 190 bytes each, over three months. */
    static Path writeExport(Path file, int rows) throws IOException {
        String[] models = {"openai/gpt-4o", "anthropic/claude-sonnet-4", "deepseek/deepseek-chat-v3-0324",
                "google/gemini-2.5-flash", "meta-llama/llama-3.3-70b-instruct"};
        String[] hosts = {"OpenAI", "Anthropic", "Novita", "Google AI Studio", "DeepInfra"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("generation_id,created_at,cost_total,cost_web_search,cost_cache,cost_file_processing,"
                    + "byok_usage_inference,tokens_prompt,tokens_completion,tokens_reasoning,tokens_cached,model_permaslug,"
                    + "provider_name,variant,cancelled,streamed,user,finish_reason_raw,finish_reason_normalized,"
                    + "generation_time_ms,time_to_first_token_ms,api_key_disabled,api_key_name,app_name\n");
            List<String> line = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                long second = 1_772_323_200L + i * 7L;
                int prompt = 200 + (int) ((i * 7919L) % 20_000);
                int cached = i % 3 == 0 ? prompt / 4 : 0;
                int completion = 10 + i % 1_500;
                line.clear();
                line.add("gen-" + second + "-" + String.format(Locale.ROOT, "%020d", i));
                line.add(time(second, i));
                line.add("0.00" + (1_000 + i % 9_000));
                line.add("0");
                line.add(cached > 0 ? "-0.0000" + (10 + i % 90) : "0");
                line.add("0");
                line.add("0");
                line.add(Integer.toString(prompt));
                line.add(Integer.toString(completion));
                line.add(Integer.toString(i % 5 == 0 ? completion / 2 : 0));
                line.add(Integer.toString(cached));
                line.add(models[i % models.length]);
                line.add(hosts[i % hosts.length]);
                line.add("standard");
                line.add("false");
                line.add("true");
                line.add(i % 4 == 0 ? "user-" + (i % 97) : "");
                line.add("stop");
                line.add("stop");
                line.add(Integer.toString(500 + i % 9_000));
                line.add(Integer.toString(100 + i % 900));
                line.add("false");
                line.add("prod-key-" + (i % 3));
                line.add(i % 2 == 0 ? "\"Example App, Inc.\"" : "batch-jobs");
                out.write(String.join(",", line));
                out.write('\n');
            }
        }
        return file;
    }

    private static String time(long second, int i) {
        String iso = java.time.Instant.ofEpochSecond(second).toString();
        return iso.substring(0, 10) + " " + iso.substring(11, 19) + "." + String.format(Locale.ROOT, "%03d", i % 1000);
    }
}
