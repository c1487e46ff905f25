package dev.ratecard.workspace.usage;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.pricing.Money;
import dev.ratecard.store.GroupBy;
import dev.ratecard.store.ModelAlias;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored usage grouped with its recomputed cost; every figure from {@link HandCheckedUsage}'s worked sums. */
class StoredUsageTableTest {
    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void importTheHandCheckedLog() {
        workspace = new Workspace(WorkspaceDatabase.open(folder.resolve("workspace.db")), BundledCatalogue.load(), ZoneOffset.UTC);
        assertInstanceOf(ImportResult.Imported.class, workspace.imports().commit(HandCheckedUsage.write(folder),
                ImportOptions.defaults(), Progress.NONE));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void groupsByDayWithTokensRequestsReportedAndRecomputedCost() {
        StoredUsageTable.Table table = StoredUsageTable.of(workspace, GroupBy.DAY, UsageFilter.ALL, Progress.NONE);

        assertEquals(List.of("2026-08-03", "2026-08-04"), keys(table));
        UsageTableRow third = table.rows().get(0);
        assertEquals(2, third.rows());
        assertEquals(2, third.requests());
        // Uncached input 8,000 + 8,000; cache read 4,000; output 2,000 + 1,000.
        assertEquals(16_000, third.totals().get(UsageBucket.UNCACHED_INPUT));
        assertEquals(4_000, third.totals().get(UsageBucket.CACHE_READ));
        assertEquals(3_000, third.totals().get(UsageBucket.OUTPUT_TEXT));
        assertEquals(Optional.of(Money.usd("0.075")), third.reportedUsd(), "0.045 + 0.03");
        assertEquals(Money.usd("0.075"), third.recomputedUsd(), "16,000 × 2.50 + 4,000 × 1.25 + 3,000 × 10 per 1M");
        assertTrue(third.isComplete());

        UsageTableRow fourth = table.rows().get(1);
        assertEquals(Money.usd("0.021"), fourth.recomputedUsd(), "gpt-4o-mini only; acme-internal-llm is unmatched");
        assertFalse(fourth.isComplete());
        assertEquals(Optional.empty(), fourth.reportedUsd());
        assertEquals(1, fourth.recomputed().unmatchedRows());

        assertEquals(Money.usd("0.096"), table.total().recomputedUsd(), "0.045 + 0.03 + 0.021");
        assertEquals(4, table.total().rows());
    }

    @Test
    void groupsByTagWithTheRowsWithoutTheTagLast() {
        StoredUsageTable.Table table = StoredUsageTable.of(workspace, GroupBy.tag("user"), UsageFilter.ALL, Progress.NONE);

        assertEquals(Arrays.asList("alice", "bob", null), keys(table));
        assertEquals(List.of(Money.usd("0.045"), Money.usd("0.03"), Money.usd("0.021")),
                table.rows().stream().map(UsageTableRow::recomputedUsd).toList());
        assertTrue(table.tagNames().contains("user"));
    }

    @Test
    void groupsByModelOnlyTheRowsInTheDateRange() {
        UsageFilter fourth = UsageFilter.between(Instant.parse("2026-08-04T00:00:00Z"), Instant.parse("2026-08-05T00:00:00Z"));

        StoredUsageTable.Table table = StoredUsageTable.of(workspace, GroupBy.MODEL, fourth, Progress.NONE);

        assertEquals(List.of("acme-internal-llm", "gpt-4o-mini"), keys(table));
        assertEquals(Money.ZERO_USD, table.rows().get(0).recomputedUsd());
        assertEquals(Money.usd("0.021"), table.rows().get(1).recomputedUsd());
    }

    @Test
    void anAliasPricesTheModelNoSheetKnewTheNextTimeTheTableIsBuilt() {
        workspace.database().aliases().put(new ModelAlias(HandCheckedUsage.UNMATCHED_MODEL, "openai", "gpt-4o-mini"));

        StoredUsageTable.Table table = StoredUsageTable.of(workspace, GroupBy.MODEL, UsageFilter.ALL, Progress.NONE);

        UsageTableRow acme = table.rows().get(0);
        assertEquals(HandCheckedUsage.UNMATCHED_MODEL, acme.key());
        assertEquals(Money.usd("0.00105"), acme.recomputedUsd(), "5,000 × 0.15 + 500 × 0.60 per 1M");
        assertTrue(acme.isComplete());
        assertEquals(Money.usd("0.09705"), table.total().recomputedUsd());
        assertEquals(Map.of("USD", Money.usd("0.075")), table.total().reported());
    }

    private static List<String> keys(StoredUsageTable.Table table) {
        return table.rows().stream().map(UsageTableRow::key).toList();
    }
}
