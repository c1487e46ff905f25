package dev.ratecard.store;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.Progress;
import dev.ratecard.importers.model.UsageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static dev.ratecard.store.TestRecords.request;
import static dev.ratecard.store.TestRecords.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import that does not reach its commit leaves the workspace exactly as it was, whatever stopped it. */
class ImportRollbackTest {
    @RegisterExtension
    final TempWorkspace workspace = new TempWorkspace();

    /** Both paths: into an empty table (secondary indexes dropped for the load) and into one with rows. */
    @ParameterizedTest(name = "workspace already holds a batch: {0}")
    @ValueSource(booleans = {false, true})
    void aReaderFailingAtRow5000LeavesTheWorkspaceUnchanged(boolean hasEarlierBatch) throws Exception {
        if (hasEarlierBatch) {
            importRows(request("earlier.csv", 1), 10);
        }
        DatabaseContent before = DatabaseContent.of(workspace.file());

        RuntimeException readerFailure = new IllegalStateException("usage.csv:5001: unterminated quote");
        RuntimeException thrown = assertThrows(IllegalStateException.class, () -> {
            try (ImportSession session = workspace.database().beginImport(request("usage.csv", 2), Progress.NONE)) {
                for (int line = 2; ; line++) {
                    if (line == 5_001) {
                        throw readerFailure;
                    }
                    session.add(numbered(line));
                }
            }
        });

        assertEquals(readerFailure, thrown);
        assertEquals(before, DatabaseContent.of(workspace.file()));
    }

    @Test
    void aRowTheStoreCannotHoldAbortsTheWholeImport() throws Exception {
        importRows(request("earlier.csv", 1), 10);
        DatabaseContent before = DatabaseContent.of(workspace.file());

        StoreException refused;
        try (ImportSession session = workspace.database().beginImport(request("usage.csv", 2), Progress.NONE)) {
            for (int line = 2; line < 5_001; line++) {
                session.add(numbered(line));
            }
            // 10^11 USD is 10^20 nano-USD, beyond a long: the row cannot be stored exactly.
            refused = assertThrows(StoreException.class,
                    () -> session.add(row().line(5_001).input(1, 1).cost("100000000000", "USD").build()));
            assertThrows(IllegalStateException.class, () -> session.add(numbered(5_002)));
        }

        assertTrue(refused.getMessage().startsWith("Could not import usage.csv into " + workspace.file()
                + "; the workspace was left as it was: usage.csv:5001: cannot store this row: reported cost"
                + " 100000000000 USD is too large to store"), refused.getMessage());
        assertEquals(before, DatabaseContent.of(workspace.file()));
    }

    @Test
    void cancellingStopsAtTheNextChunkAndRollsBack() throws Exception {
        importRows(request("earlier.csv", 1), 10);
        DatabaseContent before = DatabaseContent.of(workspace.file());
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress progress = cancellable(cancelled);

        int[] added = {0};
        try (ImportSession session = workspace.database().beginImport(request("usage.csv", 2), progress)) {
            assertThrows(ImportCancelledException.class, () -> {
                for (int line = 2; line < 20_000; line++) {
                    if (line == 4_502) {
                        cancelled.set(true);
                    }
                    session.add(numbered(line));
                    added[0]++;
                }
            });
        }

        // Cancel is checked once per chunk: the 8,000th record completes the second chunk and stops there.
        assertEquals(2 * UsageInserter.CHUNK - 1, added[0]);
        assertEquals(before, DatabaseContent.of(workspace.file()));
    }

    @Test
    void cancellingAfterTheLastRowStillPreventsTheCommit() throws Exception {
        DatabaseContent before = DatabaseContent.of(workspace.file());
        AtomicBoolean cancelled = new AtomicBoolean();

        try (ImportSession session = workspace.database().beginImport(request("usage.csv", 2), cancellable(cancelled))) {
            session.add(numbered(2));
            cancelled.set(true);
            assertThrows(ImportCancelledException.class, session::commit);
        }

        assertEquals(before, DatabaseContent.of(workspace.file()));
    }

    @Test
    void rowsStayInvisibleAndNoOtherFileIsWrittenUntilCommit() throws Exception {
        try (ImportSession session = workspace.database().beginImport(request("usage.csv", 2), Progress.NONE)) {
            for (int line = 2; line < 10_002; line++) {
                session.add(numbered(line));
            }

            assertEquals(0, workspace.database().usage().summary(UsageFilter.ALL).rows());
            assertEquals(List.of(), workspace.database().batches().list());
            try (Stream<Path> files = Files.list(workspace.folder())) {
                assertEquals(List.of("workspace.db", "workspace.db-shm", "workspace.db-wal"),
                        files.map(f -> f.getFileName().toString()).sorted().toList());
            }
            session.commit();
        }
        assertEquals(10_000, workspace.database().usage().summary(UsageFilter.ALL).rows());
    }

    @Test
    void theIndexesDroppedForALoadIntoAnEmptyTableAreBackAfterTheCommit() throws Exception {
        List<String> expected = List.of("usage_dedup_key");
        assertEquals(expected, usageIndexes());

        importRows(request("usage.csv", 2), 3);

        assertEquals(expected, usageIndexes());
    }

    private List<String> usageIndexes() throws SQLException {
        return SqlProbe.strings(workspace.file(),
                "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'usage_row' ORDER BY name");
    }

    private static Progress cancellable(AtomicBoolean cancelled) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    private static UsageRecord numbered(int line) {
        return row().line(line).id("req-" + line).input(line, 1).build();
    }

    private void importRows(ImportRequest request, int count) {
        List<UsageRecord> records = new ArrayList<>();
        for (int line = 2; line < count + 2; line++) {
            records.add(row().line(line).id(request.fileName() + line).input(line, 1).build());
        }
        workspace.importAll(request, records);
    }
}
