package dev.ratecard.store;

import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.ImportIssue;
import dev.ratecard.importers.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchRepositoryTest {
    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    @Test
    void listsBatchesNewestFirstWithWhatWasImported() {
        ImportRequest withOptions = new ImportRequest("march.csv", TestRecords.sha(2), "generic-csv", "team-export",
                java.time.ZoneId.of("America/New_York"), Map.of("delimiter", ";", "decimal", ","));
        long first = workspace.importAll(request("february.csv", 1), List.of(row().input(1, 1).build())).batch().id();
        long second = workspace.importAll(withOptions, List.of(row().input(2, 1).build())).batch().id();

        List<ImportBatch> batches = workspace.database().batches().list();

        assertEquals(List.of(second, first), batches.stream().map(ImportBatch::id).toList());
        assertEquals(withOptions, batches.get(0).request());
        assertEquals(Optional.of(batches.get(1)), workspace.database().batches().findBySha256(TestRecords.sha(1).toUpperCase()));
    }

    @Test
    void deletingABatchRemovesItsRowsAndIssuesAndNothingElse() throws Exception {
        ImportBatch kept = workspace.importAll(request("kept.csv", 1), List.of(
                row().line(2).id("a").input(10, 1).build(), row().line(3).id("b").input(20, 1).build())).batch();
        long doomed;
        try (ImportSession session = workspace.database().beginImport(request("doomed.csv", 2), Progress.NONE)) {
            session.add(row().line(2).id("c").input(30, 1).cost("0.01", "USD").build());
            session.addIssue(ImportIssue.warning(SourceRef.line("doomed.csv", 2), "cost", "0,01", "decimal comma"));
            doomed = session.commit().batch().id();
        }
        workspace.database().scenarios().create("Plan", 1, "{}");
        workspace.database().aliases().put(new ModelAlias("x", "openai", "gpt-4o"));
        Map<String, Long> before = DatabaseContent.of(workspace.file()).rowCounts();

        assertTrue(workspace.database().batches().delete(doomed));

        Map<String, Long> after = DatabaseContent.of(workspace.file()).rowCounts();
        assertEquals(before.get("import_batch") - 1, after.get("import_batch"));
        assertEquals(before.get("usage_row") - 1, after.get("usage_row"));
        // The doomed row alone named USD and invoiced (its cost); gpt-4o, openai and direct name the kept rows too.
        assertEquals(before.get("usage_name") - 2, after.get("usage_name"));
        assertEquals(List.of("direct", "gpt-4o", "openai"),
                SqlProbe.strings(workspace.file(), "SELECT text FROM usage_name ORDER BY text"));
        assertEquals(before.get("import_issue") - 1, after.get("import_issue"));
        assertEquals(before.get("import_batch_cost") - 1, after.get("import_batch_cost"));
        assertEquals(before.get("scenario"), after.get("scenario"));
        assertEquals(before.get("model_alias"), after.get("model_alias"));
        assertEquals(List.of(kept), workspace.database().batches().list());
        assertEquals(30, workspace.database().usage().summary(UsageFilter.ALL).totals().inputTokens());
        assertFalse(workspace.database().batches().delete(doomed));
    }

    @Test
    void aDeletedFileCanBeImportedAgainUnderANewId() {
        long first = workspace.importAll(request("usage.csv", 1), List.of(row().id("a").input(1, 1).build())).batch().id();
        workspace.database().batches().delete(first);

        ImportBatch again = workspace.importAll(request("usage.csv", 1), List.of(row().id("a").input(1, 1).build())).batch();

        assertEquals(1, again.counts().inserted());
        assertTrue(again.id() > first, "batch ids are never reused");
    }

    @Test
    void detailsOfAMissingBatchAreEmpty() {
        assertEquals(Optional.empty(), workspace.database().batches().details(42));
    }
}
