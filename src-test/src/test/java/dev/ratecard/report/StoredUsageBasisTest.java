package dev.ratecard.report;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.ReportedCost;
import dev.ratecard.importers.model.Routes;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.Money;
import dev.ratecard.report.inputs.ReportInputs;
import dev.ratecard.store.ImportRequest;
import dev.ratecard.store.ImportSession;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workspace's stored usage as a report shows it: reported against recomputed cost per model and route, at the
 * bundled prices (openai gpt-4o $2.50 / $10 per 1M; gemini-2.5-pro $1.25 / $10 below 200,000 prompt tokens).
 */
class StoredUsageBasisTest {
    @TempDir
    Path dir;
    private Path database;

    @BeforeEach
    void importUsage() {
        database = dir.resolve("workspace.db");
        try (WorkspaceDatabase db = WorkspaceDatabase.open(database);
             ImportSession session = db.beginImport(ImportRequest.of("july.csv", "ab".repeat(32), "test", ZoneOffset.UTC),
                     Progress.NONE)) {
            // 1M in + 100K out = $2.50 + $1.00 = $3.50, reported $3.60; 2M in + 300K out = $5.00 + $3.00 = $8.00.
            session.add(day("2026-07-01", "openai", "gpt-4o", 1_000_000, 100_000, 10, "3.60", 2));
            session.add(day("2026-07-31", "openai", "gpt-4o", 2_000_000, 300_000, 20, "8.00", 3));
            // Ten requests summed into a day: 300,000 prompt tokens pass the 200,000 tier in sum, not necessarily one by
            // one, so the day is priced at the base tier: 300K × $1.25 + 10K × $10 per 1M = $0.475.
            session.add(day("2026-07-15", "gemini", "gemini-2.5-pro", 300_000, 10_000, 10, null, 4));
            session.add(day("2026-07-16", "acme", "mystery-model-x", 400, 100, 1, "0.01", 5));
            session.commit();
        }
    }

    @Test
    void comparesTheReportedCostWithTheRecomputedOneLineByLine() throws Exception {
        UsageBasis usage = ReportInputs.bundled(Optional.of(database)).storedUsage().orElseThrow();

        assertEquals(LocalDate.parse("2026-07-01"), usage.from());
        assertEquals(LocalDate.parse("2026-07-31"), usage.to());
        UsageBasis.Line gpt4o = usage.lines().getFirst();
        assertEquals("gpt-4o", gpt4o.model());
        assertEquals(Routes.DIRECT, gpt4o.route());
        assertEquals(3_400_000, gpt4o.tokens());
        assertEquals(30, gpt4o.requests());
        assertEquals(Money.usd("11.60"), gpt4o.reported());
        assertEquals(Money.usd("11.50"), gpt4o.recomputed());
        assertTrue(gpt4o.complete());
        UsageBasis.Line gemini = usage.lines().get(1);
        assertNull(gemini.reported());
        assertEquals(Money.usd("0.475"), gemini.recomputed());
    }

    @Test
    void listsWhatCouldNotBePricedExactly() throws Exception {
        UsageBasis usage = ReportInputs.bundled(Optional.of(database)).storedUsage().orElseThrow();

        assertEquals(List.of(new UsageBasis.Unmatched("mystery-model-x", Routes.DIRECT, 500, 1)), usage.unmatched());
        assertEquals(1, usage.rowsAtAssumedTier());
        List<Caveat> caveats = Caveats.of(usage);
        assertEquals(List.of("unmatched_model", "assumed_tier"), caveats.stream().map(Caveat::kind).toList());
        assertTrue(caveats.getFirst().text().startsWith("Stored usage of \"mystery-model-x\" (direct, 500 tokens in 1 row)"));
    }

    @Test
    void theReportTitlesItsPeriodAndTablesTheUsageWithTheDifference() throws Exception {
        Optional<UsageBasis> usage = ReportInputs.bundled(Optional.of(database)).storedUsage();
        Report report = ReportBuilder.bundled().build(List.of(ReportFixtures.headline()), usage,
                ReportOptions.all(ReportFixtures.DATE));

        assertEquals("stored usage 2026-07-01 to 2026-07-31", report.title().period());
        ReportTable table = report.workspaceUsage().orElseThrow();
        // Recomputed $11.50 less reported $11.60.
        assertEquals("-0.1", CellText.canonical(ReportBuilderTest.cell(table, 0, "Recomputed less reported")));
        assertEquals(2, report.caveats().size());
    }

    @Test
    void requestsThatNoRowStatedAreNotStatedAndAPartlyStatedCountIsAFloor() throws Exception {
        // Anthropic's usage report style: days of tokens with no request count, one under gpt-4o (whose July rows
        // above state 30 requests) and one under a model of its own.
        try (WorkspaceDatabase db = WorkspaceDatabase.open(database);
             ImportSession session = db.beginImport(ImportRequest.of("report.json", "cd".repeat(32), "test", ZoneOffset.UTC),
                     Progress.NONE)) {
            session.add(day("2026-07-20", "openai", "gpt-4o", 100_000, 10_000, 0, null, 2));
            session.add(day("2026-07-21", "anthropic", "claude-sonnet-4", 100_000, 10_000, 0, null, 3));
            session.commit();
        }
        Report report = ReportBuilder.bundled().build(List.of(ReportFixtures.headline()),
                ReportInputs.bundled(Optional.of(database)).storedUsage(), ReportOptions.all(ReportFixtures.DATE));

        ReportTable table = report.workspaceUsage().orElseThrow();
        Map<String, String> requests = new HashMap<>();
        for (int row = 0; row < table.rows().size(); row++) {
            requests.put(CellText.canonical(ReportBuilderTest.cell(table, row, "Model")),
                    CellText.canonical(ReportBuilderTest.cell(table, row, "Requests")));
        }
        assertEquals("at least 30", requests.get("gpt-4o"));
        assertEquals("not stated", requests.get("claude-sonnet-4"));
        assertEquals("10", requests.get("gemini-2.5-pro"), "every row stated its count: a number");
    }

    @Test
    void theWindowsOpenWorkspaceIsReadAsItIsAndStaysOpen() throws Exception {
        try (Workspace open = new Workspace(WorkspaceDatabase.open(database), BundledCatalogue.load(), ZoneOffset.UTC)) {
            open.database().scenarios().create("Gateway vs direct", 1, "{}");
            ReportInputs inputs = ReportInputs.of(open);

            UsageBasis usage = inputs.storedUsage().orElseThrow();
            // The gpt-4o line above: $11.50 recomputed against $11.60 reported.
            assertEquals(Money.usd("11.50"), usage.lines().getFirst().recomputed());
            assertEquals(List.of("Gateway vs direct"), inputs.storedScenarioNames());
            // A report leaves the window's workspace open for the next one.
            assertEquals(Money.usd("11.60"), inputs.storedUsage().orElseThrow().lines().getFirst().reported());
            assertEquals(1, open.database().scenarios().list().size());
        }
    }

    @Test
    void aWorkspaceWithoutUsageOrWithoutADatabaseGivesNone() throws Exception {
        assertFalse(ReportInputs.bundled(Optional.of(dir.resolve("absent.db"))).storedUsage().isPresent());
        assertFalse(ReportInputs.bundled(Optional.empty()).storedUsage().isPresent());
        assertFalse(Files.exists(dir.resolve("absent.db")), "reading a report's inputs created a workspace");
    }

    private static UsageRecord day(String date, String provider, String model, long input, long output, long requests,
                                   String reported, long line) {
        BucketCounts counts = BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, input).set(UsageBucket.OUTPUT_TEXT, output)
                .set(UsageBucket.REQUESTS, requests).build();
        return new UsageRecord(Instant.parse(date + "T00:00:00Z"), Duration.ofDays(1), provider, model, Routes.DIRECT, false,
                null, null, Map.of(), counts, reported == null ? null : ReportedCost.invoicedUsd(new BigDecimal(reported)),
                null, SourceRef.line("july.csv", line));
    }
}
