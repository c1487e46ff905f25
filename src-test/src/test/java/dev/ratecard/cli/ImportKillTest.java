package dev.ratecard.cli;

import dev.ratecard.importers.Progress;
import dev.ratecard.store.DatabaseContent;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;
import dev.ratecard.workspace.importing.UsageImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real {@code ratecard import} process killed hard (SIGKILL) in the middle of a large file: the workspace must
 * pass {@code quick_check} and hold exactly what it held before, the half-imported batch nowhere in it. "The
 * middle" is read from the process's own progress lines, not guessed with a sleep.
 */
class ImportKillTest {
    /** About 40 MB of OpenRouter export: long enough to be caught mid-file, quick to write. */
    private static final int ROWS = 250_000;
    private static final Pattern PROGRESS = Pattern.compile("progress: large\\.csv (\\d+)% .*");

    @TempDir
    Path folder;

    @Test
    void killingAnImportMidFileLeavesTheWorkspaceAsItWas() throws Exception {
        Path db = folder.resolve("workspace.db");
        try (WorkspaceDatabase database = WorkspaceDatabase.open(db)) {
            ImportResult earlier = new UsageImportService(database, ZoneOffset.UTC).commit(
                    Path.of(ImportCommandTest.fixture("request-log-jsonl/mixed.jsonl")), ImportOptions.defaults(), Progress.NONE);
            assertInstanceOf(ImportResult.Imported.class, earlier);
        }
        DatabaseContent before = DatabaseContent.of(db);
        Path large = writeLargeExport();

        Process importing = new ProcessBuilder(javaCommand(), "--enable-native-access=ALL-UNNAMED",
                "-Dratecard.home=" + folder.resolve("home"), "-cp", testClassPath(), "dev.ratecard.Launcher",
                "import", large.toString(), "--db", db.toString(), "--progress")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> seen = new ArrayList<>();
        int percent = waitUntilMidFile(importing, seen);
        boolean aliveWhenKilled = importing.isAlive();
        importing.destroyForcibly();
        assertTrue(importing.waitFor(30, TimeUnit.SECONDS), "the killed process did not end");

        assertTrue(aliveWhenKilled && percent < 100, "the import had to be caught mid-file; it reported " + seen);
        assertEquals("ok", quickCheck(db));
        assertEquals(before, DatabaseContent.of(db), "same schema, same rows, no trace of the killed batch");
        try (WorkspaceDatabase reopened = WorkspaceDatabase.open(db)) {
            assertEquals(List.of("mixed.jsonl"), reopened.batches().list().stream().map(b -> b.fileName()).toList());
            assertEquals(5, reopened.usage().summary(dev.ratecard.store.UsageFilter.ALL).rows());
        }
    }

    /** Reads progress lines until the import is between 10 % and 90 % of the file; returns that percentage. */
    private static int waitUntilMidFile(Process process, List<String> seen) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            seen.add(line);
            Matcher progress = PROGRESS.matcher(line);
            if (progress.matches()) {
                int percent = Integer.parseInt(progress.group(1));
                if (percent >= 10 && percent <= 90) {
                    return percent;
                }
            }
        }
        return 100;
    }

    private Path writeLargeExport() throws Exception {
        Path file = folder.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("generation_id,created_at,cost_total,tokens_prompt,tokens_completion,tokens_reasoning,tokens_cached,"
                    + "model_permaslug,provider_name,api_key_name,app_name\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("gen-" + (1_773_000_000L + i) + "-KILLTESTKILLTEST" + i + ",2026-03-"
                        + (10 + i % 18) + " 1" + (i % 10) + ":" + (10 + i % 50) + ":" + (10 + i % 49) + ".123,0.00"
                        + (100 + i % 900) + "," + (1000 + i % 9000) + "," + (10 + i % 900) + ",0," + (i % 500)
                        + ",openai/gpt-4o,OpenAI,prod-key,My App\n");
            }
        }
        return file;
    }

    private static String quickCheck(Path db) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet result = connection.createStatement().executeQuery("PRAGMA quick_check")) {
            result.next();
            return result.getString(1);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire names the test class path in a property of its own; the JVM's is its booter jar. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
