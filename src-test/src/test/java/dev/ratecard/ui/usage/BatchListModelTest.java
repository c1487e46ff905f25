package dev.ratecard.ui.usage;

import dev.ratecard.importers.Progress;
import dev.ratecard.store.UsageFilter;
import dev.ratecard.ui.screen.OpenedWorkspace;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;
import dev.ratecard.workspace.usage.HandCheckedUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import batches as the Usage screen lists them, and deleting one, which is asked first. */
class BatchListModelTest {
    @TempDir
    Path folder;
    private OpenedWorkspace opened;
    private BatchListModel batches;

    @BeforeEach
    void importTwoFiles() {
        opened = OpenedWorkspace.in(folder);
        opened.imported(HandCheckedUsage.write(folder));
        opened.imported(HandCheckedUsage.writeOpenRouter(folder));
        batches = new BatchListModel(opened.model, opened.tasks, opened.dialogs, opened.notices::add, () -> ZoneOffset.UTC);
        batches.reload();
    }

    @AfterEach
    void close() {
        opened.close();
    }

    @Test
    void listsTheBatchesNewestFirstWithWhatEachHolds() {
        assertEquals(List.of(2L, 1L), batches.batches().stream().map(BatchRow::id).toList());
        BatchRow openRouter = batches.batches().get(0);
        assertEquals("openrouter.csv", openRouter.file());
        assertEquals("openrouter-activity-csv", openRouter.format());
        assertEquals("UTC", openRouter.timeZone());
        assertEquals(1, openRouter.rows());
        assertEquals("2026-09-10", openRouter.dates(), "one generation, one day");
        BatchRow log = batches.batches().get(1);
        assertEquals(List.of("hand-checked.jsonl", "request-log-jsonl", "2026-08-03 \u2013 2026-08-04"),
                List.of(log.file(), log.format(), log.dates()));
        assertEquals(4, log.rows());
        assertEquals(0, log.duplicates());
        assertEquals(0, log.withIssues());
        assertFalse(log.sample());
    }

    @Test
    void answeringNoKeepsTheBatchAndEveryRow() {
        opened.dialogs.answerConfirm(false);
        long revision = opened.model.revisionProperty().get();
        batches.selectedProperty().set(batches.batches().get(1));

        batches.deleteSelected();

        assertEquals(1, opened.dialogs.asked().size());
        assertEquals("Delete batch 1 (hand-checked.jsonl)?", opened.dialogs.asked().getFirst().question());
        assertTrue(opened.dialogs.asked().getFirst().detail().startsWith("Its 4 rows and their issues leave the workspace"));
        assertEquals(2, opened.workspace().database().batches().list().size());
        assertEquals(5, opened.workspace().database().usage().summary(UsageFilter.ALL).rows());
        assertEquals(revision, opened.model.revisionProperty().get(), "nothing changed, nothing reloads");
    }

    @Test
    void deletingTakesOutExactlyTheBatchsRowsTellsEveryScreenAndLetsTheFileBeImportedAgain() {
        opened.dialogs.answerConfirm(true);
        long revision = opened.model.revisionProperty().get();
        batches.selectedProperty().set(batches.batches().get(1));

        batches.deleteSelected();
        batches.reload();

        assertEquals(List.of(2L), batches.batches().stream().map(BatchRow::id).toList());
        assertEquals(1, opened.workspace().database().usage().summary(UsageFilter.ALL).rows(), "the OpenRouter row only");
        assertEquals(revision + 1, opened.model.revisionProperty().get());
        assertEquals("Deleted batch 1 (hand-checked.jsonl)", opened.notices.getLast());
        assertEquals(null, batches.selectedProperty().get());
        assertInstanceOf(ImportResult.Imported.class, opened.workspace().imports().commit(HandCheckedUsage.write(folder),
                ImportOptions.defaults(), Progress.NONE), "its bytes are no longer in the workspace");
    }

    @Test
    void theSelectedBatchShowsTheIssuesKeptWithIt() {
        // Line 2's prompt count is negative: refused as a whole, imported with its valid row only when asked.
        Path bad = UsageFixtures.write(folder, "negative.jsonl", """
                {"id":"a","created":1785751200,"model":"gpt-4o","usage":{"prompt_tokens":10,"completion_tokens":2,"total_tokens":12}}
                {"id":"b","created":1785751200,"model":"gpt-4o","usage":{"prompt_tokens":-5,"completion_tokens":2,"total_tokens":-3}}
                """);
        assertInstanceOf(ImportResult.Imported.class, opened.workspace().imports().commit(bad,
                ImportOptions.defaults().withSkipInvalidRows(true), Progress.NONE));
        batches.reload();

        BatchRow partial = batches.batches().getFirst();
        assertEquals(List.of(1L, 1L), List.of(partial.rows(), partial.withIssues()));
        batches.selectedProperty().set(partial);

        assertEquals(1, batches.issues().size());
        IssueRow issue = batches.issues().getFirst();
        assertEquals(List.of("negative.jsonl", "2", "usage.prompt_tokens", "-5"),
                List.of(issue.file(), issue.line(), issue.column(), issue.value()));
    }
}
