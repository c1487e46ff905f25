package dev.ratecard.ui.scenarios;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.BucketCounts;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.scenario.Workload;
import dev.ratecard.store.ImportRequest;
import dev.ratecard.store.ImportSession;
import dev.ratecard.ui.screen.OpenedWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The workload taken from usage stored in the workspace, through the screen's loader, as one undoable edit. */
class UsageWorkloadTest {
    @TempDir
    Path folder;
    private OpenedWorkspace workspace;
    private ScenariosViewModel model;
    private UsageLoader loader;

    private static UsageRecord record(String start, String model, boolean batch, long input, long output, long requests) {
        return new UsageRecord(Instant.parse(start), Duration.ZERO, "openai", model, "direct", batch, null, null, null,
                BucketCounts.builder().set(UsageBucket.UNCACHED_INPUT, input).set(UsageBucket.OUTPUT_TEXT, output)
                        .set(UsageBucket.REQUESTS, requests).build(), null, null, SourceRef.line("usage.csv", 2));
    }

    @BeforeEach
    void storeUsageAndOpenTheHeadlineExample() {
        workspace = OpenedWorkspace.in(folder);
        try (ImportSession session = workspace.workspace().database().beginImport(ImportRequest.of("usage.csv",
                "ab".repeat(32), "test-usage-csv", ZoneOffset.UTC), Progress.NONE)) {
            session.add(record("2026-06-03T10:15:00Z", "gpt-4o", false, 3_000_000, 1_000_000, 3));
            session.add(record("2026-06-03T11:45:00Z", "gpt-4o", true, 2_000_000, 1_000_000, 2));
            session.add(record("2026-07-09T08:00:00Z", "gpt-4o", false, 1_000_000, 500_000, 1));
            session.add(record("2026-07-09T09:00:00Z", "gpt-4o-mini", false, 400_000, 100_000, 1));
            session.commit();
        }
        model = new ScenariosViewModel(TestWorkspaces.source(), workspace.model, workspace.dialogs, workspace.tasks,
                notice -> { });
        model.start();
        model.startFromHeadline();
        loader = model.usageLoaderProperty().get();
        loader.fromProperty().set(LocalDate.of(2026, 6, 1));
        loader.toProperty().set(LocalDate.of(2026, 7, 31));
        loader.refresh();
    }

    @AfterEach
    void closeTheDatabase() {
        workspace.close();
    }

    private Workload computedWorkload() {
        return model.sessionProperty().get().figuresProperty().get().result().scenario().workload();
    }

    @Test
    void listsTheModelsAndRoutesStoredInTheDates() {
        assertEquals(List.of("gpt-4o", "gpt-4o-mini"), loader.models());
        assertEquals(List.of("direct"), loader.routes());
        assertEquals("4 usage rows in these dates.", loader.statusProperty().get());
    }

    @Test
    void theChosenModelsUsageBecomesATypicalMonthWithItsMeasuredPeak() {
        loader.chosenModels().setAll("gpt-4o");

        model.loadUsage();

        ScenarioEditor editor = model.sessionProperty().get().editor();
        assertEquals(ScenarioEditor.WorkloadKind.USAGE, editor.workloadKindProperty().get());
        // gpt-4o over June and July: input (3M + 2M + 1M) / 2 = 3M, output 2.5M / 2 = 1.25M: 4.25M tokens a month.
        assertEquals(List.of("gpt-4o via direct: 4,250,000 tokens a month"), editor.usage().describeLines());
        Workload workload = computedWorkload();
        assertEquals(4_250_000, workload.totalTokens());
        assertEquals(3, workload.requests());
        // Batch: (2M + 1M) / 2 = 1.5M of the 4.25M tokens.
        assertEquals(0, workload.batchShare().compareTo(new BigDecimal("1500000").divide(
                new BigDecimal("4250000"), MathContext.DECIMAL128)), workload.batchShare().toPlainString());
        // Hourly output from 2026-06-03 10:00 to 2026-07-09 08:00 is 863 hours; the busiest hour has 1M of the 2.5M:
        // 1,000,000 × 863 / 2,500,000 = 345.2.
        assertEquals(0, workload.peakToAverage().compareTo(new BigDecimal("345.2")));
    }

    @Test
    void loadingUsageIsUndoneInOneStep() {
        model.loadUsage();
        // Every model: gpt-4o's 4.25M plus gpt-4o-mini's 500,000 of July, averaged over the two months: 4.5M.
        assertEquals(4_500_000, computedWorkload().totalTokens());

        model.undo().undo();

        assertEquals(ScenarioEditor.WorkloadKind.SYNTHETIC,
                model.sessionProperty().get().editor().workloadKindProperty().get());
        assertEquals(100_000_000, computedWorkload().totalTokens());
    }

    @Test
    void saysSoWhenNothingMatches() {
        loader.fromProperty().set(LocalDate.of(2025, 1, 1));
        loader.toProperty().set(LocalDate.of(2025, 1, 31));

        model.loadUsage();

        assertEquals("No stored usage matches these dates, models and routes.", loader.statusProperty().get());
        assertEquals(ScenarioEditor.WorkloadKind.SYNTHETIC,
                model.sessionProperty().get().editor().workloadKindProperty().get());
    }
}
