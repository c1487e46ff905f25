package dev.ratecard.workspace.sample;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.importers.usage.UsageFormat;
import dev.ratecard.store.GroupBy;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.store.UsageGroup;
import dev.ratecard.store.UsageSummary;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;
import dev.ratecard.workspace.importing.UsageImportService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample's exports: deterministic, about 100M tokens in each of three months, the three workloads on their
 * routes and models with the shapes the sample claims, and every file imported through the import service with no
 * issue at all.
 */
class SampleExportsTest {
    private static final YearMonth FIRST = YearMonth.of(2026, 8);
    private static final long HUNDRED_MILLION = 100_000_000L;

    @TempDir
    static Path folder;
    private static List<SampleExports.Export> exports;
    private static final List<ImportResult> RESULTS = new ArrayList<>();
    private static WorkspaceDatabase database;

    @BeforeAll
    static void writeAndImportTheSample() throws Exception {
        Path files = Files.createDirectory(folder.resolve("exports"));
        exports = SampleExports.write(files, FIRST, SampleWorkspace.SEED);
        database = WorkspaceDatabase.open(folder.resolve("workspace.db"));
        UsageImportService imports = new UsageImportService(database, ZoneOffset.UTC);
        for (SampleExports.Export export : exports) {
            RESULTS.add(imports.commit(export.file(), ImportOptions.defaults(), Progress.NONE));
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws Exception {
        Path again = Files.createDirectory(folder.resolve("again"));
        Path other = Files.createDirectory(folder.resolve("other-seed"));
        List<SampleExports.Export> repeated = SampleExports.write(again, FIRST, SampleWorkspace.SEED);
        List<SampleExports.Export> reseeded = SampleExports.write(other, FIRST, SampleWorkspace.SEED + 1);

        assertEquals(names(exports), names(repeated));
        for (int i = 0; i < exports.size(); i++) {
            assertArrayEquals(Files.readAllBytes(exports.get(i).file()), Files.readAllBytes(repeated.get(i).file()),
                    exports.get(i).file().getFileName() + " differs between two runs with one seed");
            assertFalse(Files.mismatch(exports.get(i).file(), reseeded.get(i).file()) == -1,
                    exports.get(i).file().getFileName() + " is the same under another seed");
        }
    }

    @Test
    void writesEachWorkloadForEachOfThreeMonthsInItsOwnFormat() {
        assertEquals(List.of(
                "openrouter-activity-2026-08.csv", "deepseek-requests-2026-08.jsonl", "anthropic-usage-report-2026-08.json",
                "openrouter-activity-2026-09.csv", "deepseek-requests-2026-09.jsonl", "anthropic-usage-report-2026-09.json",
                "openrouter-activity-2026-10.csv", "deepseek-requests-2026-10.jsonl", "anthropic-usage-report-2026-10.json"),
                names(exports));
        List<UsageFormat> detected = RESULTS.stream()
                .map(result -> assertInstanceOf(ImportResult.Imported.class, result).read().format().format()).toList();
        for (int m = 0; m < 3; m++) {
            assertEquals(List.of(UsageFormat.OPENROUTER_ACTIVITY_CSV, UsageFormat.REQUEST_LOG, UsageFormat.ANTHROPIC_USAGE_JSON),
                    detected.subList(3 * m, 3 * m + 3), "formats detected from the content of month " + (m + 1));
        }
    }

    @Test
    void everyFileImportsWithoutASingleIssue() {
        for (ImportResult result : RESULTS) {
            ImportResult.Imported imported = assertInstanceOf(ImportResult.Imported.class, result, result.fileName());
            assertEquals(List.of(), imported.read().summary().issues(), imported.fileName());
            assertEquals(0, imported.read().summary().rowsRejected(), imported.fileName());
            assertEquals(0, imported.batch().counts().duplicates(), imported.fileName());
        }
    }

    /** Stated tolerance: each month within ±10 % of 100M tokens, the three together within ±3 % of 300M. */
    @Test
    void eachOfTheThreeMonthsCarriesAboutOneHundredMillionTokensAndGrows() {
        List<UsageGroup> months = database.usage().group(GroupBy.MONTH, UsageFilter.ALL);

        assertEquals(List.of("2026-08", "2026-09", "2026-10"), months.stream().map(UsageGroup::key).toList());
        long all = 0;
        for (UsageGroup month : months) {
            long tokens = month.summary().totals().totalTokens();
            assertTrue(Math.abs(tokens - HUNDRED_MILLION) <= HUNDRED_MILLION / 10, month.key() + ": " + tokens + " tokens");
            all += tokens;
        }
        assertTrue(Math.abs(all - 3 * HUNDRED_MILLION) <= 3 * HUNDRED_MILLION * 3 / 100, all + " tokens in three months");
        long august = months.get(0).summary().totals().totalTokens();
        long october = months.get(2).summary().totals().totalTokens();
        assertTrue(october > august * 11 / 10, "growth: " + august + " in August, " + october + " in October");
    }

    @Test
    void theChatbotRunsGpt4oThroughOpenRouterWithCacheHitsAndTheOthersGoDirect() {
        Map<String, UsageSummary> byModel = summaries(GroupBy.MODEL);
        assertEquals(List.of("claude-haiku-4-5-20251001", "claude-sonnet-4-5-20250929", "deepseek-v4-flash",
                "openai/gpt-4o-2024-11-20"), List.copyOf(byModel.keySet()));
        Map<String, String> routeOf = new HashMap<>();
        Map<String, String> providerOf = new HashMap<>();
        try (Stream<UsageRecord> records = database.usage().stream(UsageFilter.ALL)) {
            records.forEach(r -> {
                routeOf.merge(r.model(), r.route(), (a, b) -> a.equals(b) ? a : a + "+" + b);
                providerOf.merge(r.model(), String.valueOf(r.provider()), (a, b) -> a.equals(b) ? a : a + "+" + b);
            });
        }
        assertEquals(Map.of("openai/gpt-4o-2024-11-20", Routes.OPENROUTER, "deepseek-v4-flash", Routes.DIRECT,
                "claude-sonnet-4-5-20250929", Routes.DIRECT, "claude-haiku-4-5-20251001", Routes.DIRECT), routeOf);
        assertEquals(Map.of("openai/gpt-4o-2024-11-20", "openai", "deepseek-v4-flash", "deepseek",
                "claude-sonnet-4-5-20250929", "anthropic", "claude-haiku-4-5-20251001", "anthropic"), providerOf);

        UsageSummary chatbot = byModel.get("openai/gpt-4o-2024-11-20");
        long input = chatbot.totals().inputTokens();
        assertTrue(chatbot.totals().get(UsageBucket.CACHE_READ) * 2 > input, "most of the chatbot's prompt is read from cache");
        assertTrue(chatbot.reportedCost().containsKey("USD"), "OpenRouter states what each generation cost");
        UsageSummary coding = byModel.get("claude-sonnet-4-5-20250929");
        assertTrue(coding.totals().outputTokens() * 5 > coding.totals().totalTokens(), "long outputs: over a fifth of coding tokens");
        assertTrue(coding.totals().get(UsageBucket.CACHE_READ) > coding.totals().get(UsageBucket.UNCACHED_INPUT) * 4,
                "coding re-reads its cached context");
    }

    @Test
    void thePipelineRunsOnlyInDeepSeeksOffPeakHoursAndTheChatbotIsBusierOnWeekdays() {
        Map<Boolean, long[]> chatbotByWeekend = new HashMap<>();
        try (Stream<UsageRecord> records = database.usage().stream(UsageFilter.ALL)) {
            records.forEach(r -> {
                int hour = r.start().atZone(ZoneOffset.UTC).getHour();
                if (r.model().equals("deepseek-v4-flash")) {
                    // Off-peak: 10:00 to 01:00 UTC every day (bundled deepseek sheet).
                    assertTrue(hour >= 19 && hour <= 22, "pipeline request at " + r.start());
                }
                if (r.model().startsWith("openai/")) {
                    DayOfWeek day = r.start().atZone(ZoneOffset.UTC).getDayOfWeek();
                    boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
                    chatbotByWeekend.computeIfAbsent(weekend, k -> new long[1])[0]++;
                }
            });
        }
        // 92 days from August to October 2026: 26 weekend days and 66 weekdays.
        double weekendPerDay = chatbotByWeekend.get(true)[0] / 26.0;
        double weekdayPerDay = chatbotByWeekend.get(false)[0] / 66.0;
        assertTrue(weekdayPerDay > 1.6 * weekendPerDay, weekdayPerDay + " requests a weekday, " + weekendPerDay + " a weekend day");
    }

    private static Map<String, UsageSummary> summaries(GroupBy by) {
        return database.usage().group(by, UsageFilter.ALL).stream()
                .collect(Collectors.toMap(UsageGroup::key, UsageGroup::summary, (a, b) -> a, LinkedHashMap::new));
    }

    private static List<String> names(List<SampleExports.Export> written) {
        return written.stream().map(export -> export.file().getFileName().toString()).toList();
    }
}
