package dev.ratecard.store;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportSessionTest {
    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    @Test
    void commitStoresEveryRowAndRecordsTheBatchWithItsTotals() {
        List<UsageRecord> records = List.of(
                row().line(2).at("2025-01-03T10:00:00Z").model("gpt-4o").input(1_000, 200).cost("0.0045", "USD").build(),
                row().line(3).at("2025-01-05T11:00:00Z").model("gpt-4o-mini").input(5_000, 100).cost("0.00081", "USD").build(),
                row().line(4).at("2025-01-09T12:00:00Z").model("mistral-large").input(300, 50).cost("0.25", "EUR").build());

        ImportOutcome outcome = workspace.importAll(request("usage.csv", 1), records);

        ImportBatch batch = outcome.batch();
        assertEquals(false, outcome.dryRun());
        assertEquals(new ImportCounts(3, 3, 0, 0), batch.counts());
        // 1,000 + 5,000 + 300 uncached input; 200 + 100 + 50 output; one request each.
        assertEquals(6_300, batch.inserted().totals().get(UsageBucket.UNCACHED_INPUT));
        assertEquals(350, batch.inserted().totals().get(UsageBucket.OUTPUT_TEXT));
        assertEquals(3, batch.inserted().requests());
        // 0.0045 + 0.00081 = 0.00531 USD; the EUR row is summed on its own, never converted.
        assertEquals(Map.of("EUR", Money.ofNanos(250_000_000, "EUR"), "USD", Money.usd("0.00531")),
                batch.inserted().reportedCost());
        assertEquals(Optional.of(new TimeRange(Instant.parse("2025-01-03T10:00:00Z"), Instant.parse("2025-01-09T12:00:00Z"))),
                batch.inserted().range());
        assertEquals(TempWorkspace.NOW, batch.createdAt());
        assertEquals(Optional.of(batch), workspace.database().batches().find(batch.id()));
        assertEquals(3, workspace.database().usage().summary(UsageFilter.ALL).rows());
    }

    @Test
    void aCommitRefreshesThePlannersStatistics() throws Exception {
        workspace.importAll(request("usage.csv", 1), List.of(row().input(1, 1).build()));

        assertTrue(SqlProbe.strings(workspace.file(), "SELECT DISTINCT tbl FROM sqlite_stat1").contains("usage_row"));
    }

    @Test
    void importingTheSameBytesAgainIsRefusedAndChangesNothing() throws Exception {
        long first = workspace.importAll(request("usage.csv", 7), List.of(row().id("req-1").input(10, 1).build())).batch().id();
        DatabaseContent before = DatabaseContent.of(workspace.file());

        AlreadyImportedException refused = assertThrows(AlreadyImportedException.class,
                () -> workspace.database().beginImport(request("usage-copy.csv", 7), Progress.NONE));

        assertEquals(first, refused.existing().id());
        assertEquals("usage-copy.csv was already imported as batch " + first + " (from usage.csv on " + TempWorkspace.NOW
                + "); nothing was changed", refused.getMessage());
        assertEquals(before, DatabaseContent.of(workspace.file()));
    }

    @Test
    void overlappingExportsWithNaturalKeysStoreEachRequestOnce() {
        List<UsageRecord> january = List.of(keyed("req-1", 2), keyed("req-2", 3), keyed("req-3", 4), keyed("req-4", 5));
        // The second export repeats req-3 and req-4 (on other lines) and adds req-5 and req-6.
        List<UsageRecord> overlap = List.of(keyed("req-3", 2), keyed("req-4", 3), keyed("req-5", 4), keyed("req-6", 5));

        workspace.importAll(request("january.csv", 1), january);
        ImportBatch second = workspace.importAll(request("january-and-more.csv", 2), overlap).batch();

        assertEquals(new ImportCounts(4, 2, 2, 0), second.counts());
        // Only req-5 and req-6 count: 2 × 100 uncached input.
        assertEquals(200, second.inserted().totals().get(UsageBucket.UNCACHED_INPUT));
        assertEquals(6, workspace.database().usage().summary(UsageFilter.ALL).rows());
    }

    @Test
    void aNaturalKeyRepeatedInsideOneFileCountsOnce() {
        ImportBatch batch = workspace.importAll(request("usage.csv", 1), List.of(keyed("req-1", 2), keyed("req-1", 3))).batch();

        assertEquals(new ImportCounts(2, 1, 1, 0), batch.counts());
    }

    @Test
    void aCallerVouchingForDistinctKeysThatRepeatsOneGetsAFailedImportNeverTwoRows() throws Exception {
        DatabaseContent before = DatabaseContent.of(workspace.file());

        try (ImportSession session = workspace.database().beginImport(request("usage.csv", 1), Progress.NONE)) {
            session.naturalKeysAreDistinct();
            session.add(keyed("req-1", 2));
            session.add(keyed("req-1", 3));
            // Unchecked, the repeat reaches the table; rebuilding the unique dedup index refuses it.
            StoreException failed = assertThrows(StoreException.class, session::commit);
            assertTrue(failed.getMessage().contains("the workspace was left as it was"), failed.getMessage());
        }

        assertEquals(before, DatabaseContent.of(workspace.file()));
    }

    @Test
    void distinctKeysCanOnlyBeVouchedForBeforeTheFirstRecord() {
        try (ImportSession session = workspace.database().beginImport(request("usage.csv", 1), Progress.NONE)) {
            session.add(keyed("req-1", 2));
            assertThrows(IllegalStateException.class, session::naturalKeysAreDistinct);
        }
    }

    @Test
    void distinctKeysCanOnlyBeVouchedForBeforeTheFirstRecordIsPrepared() {
        try (ImportSession session = workspace.database().beginImport(request("usage.csv", 1), Progress.NONE)) {
            session.prepare(keyed("req-1", 2));
            assertThrows(IllegalStateException.class, session::naturalKeysAreDistinct);
        }
    }

    @Test
    void aBatchVouchedDistinctIntoAnEmptyWorkspaceIsTalliedAsItsRowsArePreparedAndMatchesWhatIsStored() {
        ImportOutcome outcome;
        try (ImportSession session = workspace.database().beginImport(request("usage.csv", 1), Progress.NONE)) {
            session.naturalKeysAreDistinct();
            List<PreparedUsage> prepared = List.of(
                    session.prepare(row().id("req-1").line(2).at("2025-02-01T08:00:00Z").input(1_000, 10).cost("0.25", "USD").build()),
                    session.prepare(row().id("req-2").line(3).at("2025-02-03T09:30:00Z").input(2_500, 40).cost("0.125", "USD").build()),
                    session.prepare(row().id("req-3").line(4).at("2025-02-02T23:00:00Z").input(500, 5).cost("2", "EUR").build()));
            prepared.forEach(session::add);
            outcome = session.commit();
        }

        ImportBatch batch = outcome.batch();
        assertEquals(new ImportCounts(3, 3, 0, 0), batch.counts());
        // 1,000 + 2,500 + 500 uncached input; 10 + 40 + 5 output; 0.25 + 0.125 = 0.375 USD and 2 EUR apart.
        assertEquals(4_000, batch.inserted().totals().get(UsageBucket.UNCACHED_INPUT));
        assertEquals(55, batch.inserted().totals().get(UsageBucket.OUTPUT_TEXT));
        assertEquals(Map.of("EUR", Money.ofNanos(2_000_000_000L, "EUR"), "USD", Money.usd("0.375")),
                batch.inserted().reportedCost());
        // The earliest start and the latest end, whatever the order of the rows.
        assertEquals(Optional.of(new TimeRange(Instant.parse("2025-02-01T08:00:00Z"), Instant.parse("2025-02-03T09:30:00Z"))),
                batch.inserted().range());
        assertEquals(batch.inserted(), workspace.database().usage().summary(UsageFilter.ALL));
    }

    @Test
    void naturalKeysAreUniqueOnlyWithinTheirSourceKind() {
        UsageRecord record = keyed("gen-1", 2);
        workspace.importAll(ImportRequest.of("openrouter.csv", TestRecords.sha(1), "openrouter-activity", ZoneOffset.UTC), List.of(record));

        ImportBatch other = workspace.importAll(ImportRequest.of("litellm.csv", TestRecords.sha(2), "litellm-spend-logs",
                ZoneOffset.UTC), List.of(record)).batch();

        assertEquals(1, other.counts().inserted());
    }

    @Test
    void identicalRowsWithoutKeysAllCountInsideOneFile() {
        UsageRecord x = row().input(100, 10).build();
        UsageRecord y = row().input(200, 20).build();

        ImportBatch batch = workspace.importAll(request("usage.csv", 1), List.of(x, x, y, x)).batch();

        assertEquals(new ImportCounts(4, 4, 0, 0), batch.counts());
        // 3 × 100 + 200
        assertEquals(500, batch.inserted().totals().get(UsageBucket.UNCACHED_INPUT));
    }

    @Test
    void anOverlappingExportWithoutKeysAddsOnlyTheCopiesTheWorkspaceLacks() {
        UsageRecord x = row().input(100, 10).build();
        UsageRecord y = row().input(200, 20).build();
        UsageRecord z = row().input(300, 30).build();
        workspace.importAll(request("first.csv", 1), List.of(x, x, y));

        // x three times: the first two match the two stored ones, the third is new; y matches; z is new.
        ImportBatch second = workspace.importAll(request("second.csv", 2), List.of(x, y, x, z, x)).batch();

        assertEquals(new ImportCounts(5, 2, 3, 0), second.counts());
        assertEquals(400, second.inserted().totals().get(UsageBucket.UNCACHED_INPUT)); // x 100 + z 300
        assertEquals(5, workspace.database().usage().summary(UsageFilter.ALL).rows());
    }

    @Test
    void rowsThatDifferInAnyStoredFieldAreNotDuplicates() {
        List<UsageRecord> variants = List.of(
                row().input(100, 10).build(),
                row().input(100, 10).model("gpt-4o-mini").build(),
                row().input(100, 10).at("2025-01-15T10:00:00.001Z").build(),
                row().input(100, 10).tag("project", "alpha").build(),
                row().input(100, 10).tag("region-code", "eu").build(),
                row().input(100, 10).batch().build(),
                row().input(100, 10).cost("0.001", "USD").build(),
                row().input(100, 10).estimatedCost("0.001").build());
        workspace.importAll(request("first.csv", 1), variants);

        ImportBatch again = workspace.importAll(request("second.csv", 2), variants).batch();

        assertEquals(new ImportCounts(8, 0, 8, 0), again.counts());
        assertEquals(8, workspace.database().usage().summary(UsageFilter.ALL).rows());
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndLeavesTheWorkspaceAsItWas() throws Exception {
        workspace.importAll(request("first.csv", 1), List.of(keyed("req-1", 2)));
        DatabaseContent before = DatabaseContent.of(workspace.file());

        ImportOutcome preview;
        try (ImportSession session = workspace.database().beginImport(request("second.csv", 2), Progress.NONE)) {
            session.add(keyed("req-1", 2));
            session.add(keyed("req-2", 3));
            preview = session.dryRun();
        }

        assertTrue(preview.dryRun());
        assertEquals(new ImportCounts(2, 1, 1, 0), preview.batch().counts());
        assertEquals(before, DatabaseContent.of(workspace.file()));
        // Nothing was recorded, so the real import of the same file is not refused as a repeat.
        assertEquals(1, workspace.importAll(request("second.csv", 2), List.of(keyed("req-2", 3))).batch().counts().inserted());
    }

    @Test
    void issuesAreKeptWithTheBatchAndCountedPerRow() {
        ImportOutcome outcome;
        try (ImportSession session = workspace.database().beginImport(request("usage.csv", 1), Progress.NONE)) {
            session.add(row().line(2).input(10, 1).build());
            // Line 3 was rejected with two errors, line 4 imported with a warning, line 0 is about the file.
            session.addIssue(ImportIssue.error(SourceRef.line("usage.csv", 3), "prompt_tokens", "-3", "negative token count"));
            session.addIssue(ImportIssue.error(SourceRef.line("usage.csv", 3), "model", "", "model is missing"));
            session.add(row().line(4).input(20, 2).build());
            session.addIssue(ImportIssue.warning(SourceRef.line("usage.csv", 4), "cost", "1,5", "decimal comma read as 1.5"));
            session.addIssue(ImportIssue.warning(SourceRef.wholeFile("usage.csv"), null, null, "no time zone given; read as UTC"));
            outcome = session.commit();
        }

        // Read: 2 records + 1 rejected line; with issues: lines 3 and 4 (the file-wide note is no row).
        assertEquals(new ImportCounts(3, 2, 0, 2), outcome.batch().counts());
        BatchDetails details = workspace.database().batches().details(outcome.batch().id()).orElseThrow();
        assertEquals(List.of(
                "usage.csv: no time zone given; read as UTC",
                "usage.csv:3 column prompt_tokens, value \"-3\": negative token count",
                "usage.csv:3 column model, value \"\": model is missing",
                "usage.csv:4 column cost, value \"1,5\": decimal comma read as 1.5"),
                details.issues().stream().map(ImportIssue::describe).toList());
    }

    private UsageRecord keyed(String key, long line) {
        return row().id(key).line(line).input(100, 10).build();
    }
}
