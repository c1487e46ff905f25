package dev.ratecard.workspace.usage;

import dev.ratecard.importers.Progress;
import dev.ratecard.pricing.Money;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.costing.ReconciliationLine;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workspace at a glance, over {@link HandCheckedUsage}: its log (August, direct) and its OpenRouter generation
 * in September.
 */
class WorkspaceFiguresTest {

    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void importBothFiles() throws Exception {
        workspace = new Workspace(WorkspaceDatabase.open(folder.resolve("workspace.db")), BundledCatalogue.load(), ZoneOffset.UTC);
        for (Path file : List.of(HandCheckedUsage.write(folder), HandCheckedUsage.writeOpenRouter(folder))) {
            assertInstanceOf(ImportResult.Imported.class, workspace.imports().commit(file, ImportOptions.defaults(), Progress.NONE));
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void spendByMonthAndRouteIncludesTheGatewaysFeesAndByProviderAndModelDoesNot() throws Exception {
        Spend spend = figuresOn("2026-10-05T00:00:00Z").spend();

        assertEquals(Map.of(YearMonth.of(2026, 8), Money.usd("0.096"), YearMonth.of(2026, 9), Money.usd("47.475")),
                spend.byMonth(), "August 0.045 + 0.03 + 0.021; September 45 + 2.475");
        assertEquals(List.of(new Spend.Share("openrouter", Money.usd("47.475")), new Spend.Share("direct", Money.usd("0.096"))),
                spend.byRoute());
        assertEquals(List.of(new Spend.Share("openai", Money.usd("45.096"))), spend.byProvider());
        assertEquals(List.of(new Spend.Share("openai/gpt-4o", Money.usd("45")), new Spend.Share("gpt-4o", Money.usd("0.075")),
                new Spend.Share("gpt-4o-mini", Money.usd("0.021"))), spend.byModel());
        assertEquals(Money.usd("47.571"), spend.total());
        assertEquals(Money.usd("2.475"), spend.gatewayFees());
        assertEquals(1, spend.unmatchedRows(), "acme-internal-llm");
        assertFalse(spend.complete());
    }

    @Test
    void volumePerMonthAndTheLastMonthThatHasEnded() throws Exception {
        WorkspaceFigures figures = figuresOn("2026-10-05T00:00:00Z");

        // August: 14,000 + 9,000 + 110,000 + 5,500 tokens in 4 requests; September: 12,000,000 in 1.
        assertEquals(List.of(138_500L, 12_000_000L), figures.months().stream().map(MonthVolume::tokens).toList());
        assertEquals(List.of(4L, 1L), figures.months().stream().map(MonthVolume::requests).toList());
        assertEquals(Optional.of(YearMonth.of(2026, 9)), figures.lastFullMonth().map(MonthVolume::month));
        assertEquals(Optional.of(YearMonth.of(2026, 8)), figuresOn("2026-09-30T23:59:59Z").lastFullMonth().map(MonthVolume::month),
                "September has not ended");
        assertEquals(Optional.empty(), figuresOn("2026-08-20T00:00:00Z").lastFullMonth());
    }

    @Test
    void reconcilesWhatEachRouteReportedWithTheDirectListPrice() throws Exception {
        WorkspaceFigures figures = figuresOn("2026-10-05T00:00:00Z");

        List<ReconciliationLine> lines = figures.reconciliation().lines();
        assertEquals(List.of("openrouter", "direct"), lines.stream().map(ReconciliationLine::route).toList());
        // OpenRouter passes GPT-4o through at OpenAI's list price: $45 charged, $45 at the direct price, no markup.
        assertEquals(Money.usd("45"), lines.get(0).costs().reported());
        assertEquals(Money.usd("45"), lines.get(0).costs().recomputed());
        assertEquals(Money.usd("0.075"), lines.get(1).costs().reported());
        assertEquals(Money.usd("0.075"), lines.get(1).costs().recomputed());
        assertEquals(2, figures.reconciliation().rowsWithoutReportedCost(), "gpt-4o-mini and acme-internal-llm");
        assertTrue(lines.stream().allMatch(line -> line.costs().difference().orElseThrow().isZero()));
    }

    @Test
    void aMonthSaysHowManyOfItsRowsStateNoRequestCount() throws Exception {
        // Anthropic's usage report: one day of November 2025, tokens and no request count.
        Path report = folder.resolve("anthropic-usage.json");
        try (var in = getClass().getResourceAsStream(
                "/dev/ratecard/importers/usage/anthropic-usage-json/anthropic_usage_report_messages.synthetic.json")) {
            Files.copy(in, report);
        }
        assertInstanceOf(ImportResult.Imported.class, workspace.imports().commit(report, ImportOptions.defaults(), Progress.NONE));

        List<MonthVolume> months = figuresOn("2026-10-05T00:00:00Z").months();

        assertEquals(List.of("2025-11: 0 requests, 1 of 1 rows stating none", "2026-08: 4 requests, 0 of 4 rows stating none",
                        "2026-09: 1 requests, 0 of 1 rows stating none"),
                months.stream().map(m -> m.month() + ": " + m.requests() + " requests, " + m.rowsWithoutRequests() + " of "
                        + m.rows() + " rows stating none").toList());
    }

    private WorkspaceFigures figuresOn(String instant) throws Exception {
        return WorkspaceFigures.of(workspace, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), Progress.NONE);
    }
}
