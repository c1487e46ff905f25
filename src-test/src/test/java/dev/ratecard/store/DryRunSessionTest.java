package dev.ratecard.store;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageBucket;
import dev.ratecard.importers.model.UsageRecord;
import dev.ratecard.pricing.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions begun as a dry run: what they report, that they write nothing, and that they cannot commit. */
class DryRunSessionTest {
    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    /** A repeated request id, two identical rows without a key, and a third row with a cost. */
    private static final List<UsageRecord> FILE = List.of(
            row().id("req-1").line(2).input(100, 10).build(),
            row().id("req-1").line(3).input(100, 10).build(),
            row().line(4).input(7, 1).build(),
            row().line(5).input(7, 1).build(),
            row().line(6).input(1_000, 50).cost("0.0125", "USD").build());

    @Test
    void aDryRunIntoAnEmptyWorkspaceReportsWhatTheImportThenStores() throws Exception {
        DatabaseContent before = DatabaseContent.of(workspace.file());

        ImportOutcome preview = dryRun(request("usage.csv", 1), FILE);

        assertTrue(preview.dryRun());
        // Five rows offered; the second req-1 is the one duplicate; both identical key-less rows count.
        assertEquals(new ImportCounts(5, 4, 1, 0), preview.batch().counts());
        // 100 + 7 + 7 + 1,000 uncached input; 10 + 1 + 1 + 50 output; only line 6 states a cost.
        assertEquals(1_114, preview.batch().inserted().totals().get(UsageBucket.UNCACHED_INPUT));
        assertEquals(62, preview.batch().inserted().totals().get(UsageBucket.OUTPUT_TEXT));
        assertEquals(Map.of("USD", Money.usd("0.0125")), preview.batch().inserted().reportedCost());
        assertEquals(before, DatabaseContent.of(workspace.file()));

        ImportBatch imported = workspace.importAll(request("usage.csv", 1), FILE).batch();

        assertEquals(imported.counts(), preview.batch().counts());
        assertEquals(imported.inserted(), preview.batch().inserted());
    }

    @Test
    void aDryRunIntoAWorkspaceWithRowsCountsTheRowsAlreadyThere() throws Exception {
        workspace.importAll(request("first.csv", 1), List.of(FILE.get(0), FILE.get(2)));
        DatabaseContent before = DatabaseContent.of(workspace.file());

        ImportOutcome preview = dryRun(request("second.csv", 2), FILE);

        // req-1 (twice) and the first key-less copy are already stored; the second copy and line 6 are new.
        assertEquals(new ImportCounts(5, 2, 3, 0), preview.batch().counts());
        assertEquals(before, DatabaseContent.of(workspace.file()));
    }

    @Test
    void aSessionBegunAsADryRunRefusesToCommitAndWritesNothing() throws Exception {
        DatabaseContent before = DatabaseContent.of(workspace.file());

        try (ImportSession session = workspace.database().beginDryRun(request("usage.csv", 1), Progress.NONE)) {
            FILE.forEach(session::add);
            IllegalStateException refused = assertThrows(IllegalStateException.class, session::commit);
            assertEquals("the import of usage.csv was begun as a dry run and cannot be committed", refused.getMessage());
        }

        assertEquals(before, DatabaseContent.of(workspace.file()));
    }

    private ImportOutcome dryRun(ImportRequest request, List<UsageRecord> records) {
        try (ImportSession session = workspace.database().beginDryRun(request, Progress.NONE)) {
            records.forEach(session::add);
            return session.dryRun();
        }
    }
}
