package dev.ratecard.workspace.sample;

import dev.ratecard.importers.ImportCancelledException;
import dev.ratecard.importers.Progress;
import dev.ratecard.store.DatabaseContent;
import dev.ratecard.store.ImportBatch;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Installing the sample through the import service, marking it, and removing exactly it. */
class SampleWorkspaceTest {
    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final String USER_LOG = """
            {"id":"chatcmpl-user-1","object":"chat.completion","created":1780000000,"model":"gpt-4o-mini","usage":{"prompt_tokens":1200,"completion_tokens":300,"total_tokens":1500}}
            """;

    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = new Workspace(WorkspaceDatabase.open(folder.resolve("workspace.db")), BundledCatalogue.load(), ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theSampleCoversTheThreeFullMonthsBeforeToday() {
        assertEquals(YearMonth.of(2026, 8), SampleWorkspace.firstMonthBefore(
                Clock.fixed(Instant.parse("2026-11-25T19:00:00Z"), ZoneOffset.UTC)));
        assertEquals(YearMonth.of(2026, 10), SampleWorkspace.firstMonthBefore(
                Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC)));
    }

    @Test
    void installsNineBatchesAndTheHeadlineScenarioMarkedAsSampleAndRemovesExactlyThem() throws Exception {
        assertTrue(workspace.sample().isFirstRun(), "an empty workspace that never had the sample");

        SampleWorkspace.Installed installed = workspace.sample().install(AUGUST, Progress.NONE);

        assertEquals(9, installed.batches().size());
        Set<Long> ids = installed.batches().stream().map(ImportBatch::id).collect(Collectors.toSet());
        assertEquals(ids, workspace.sample().batchIds());
        assertTrue(workspace.sample().isInstalled());
        assertFalse(workspace.sample().isFirstRun());
        StoredScenario scenario = installed.scenario().orElseThrow();
        assertEquals("Qwen 2.5 72B at 100M tokens/month: self-hosted on 2×H100 or an API?", scenario.name());
        assertEquals(Optional.of(scenario.id()), workspace.sample().scenarioId());

        // The user's own data beside it: a file of theirs and a scenario of theirs.
        Path own = Files.writeString(folder.resolve("own.jsonl"), USER_LOG);
        ImportBatch ownBatch = assertInstanceOf(ImportResult.Imported.class,
                workspace.imports().commit(own, ImportOptions.defaults(), Progress.NONE)).batch();
        StoredScenario ownScenario = workspace.database().scenarios().create("Our own plan", 1, scenario.json());

        SampleWorkspace.Removed removed = workspace.sample().remove();

        assertEquals(new SampleWorkspace.Removed(9, true, Optional.empty()), removed);
        assertEquals(List.of(ownBatch.id()), workspace.database().batches().list().stream().map(ImportBatch::id).toList());
        assertEquals(List.of(ownScenario.id()), workspace.database().scenarios().list().stream().map(s -> s.id()).toList());
        assertFalse(workspace.sample().isInstalled());
        assertEquals(Set.of(), workspace.sample().batchIds());
        assertFalse(workspace.sample().isFirstRun(), "a removed sample is not offered again by itself");
    }

    @Test
    void keepsTheSeededScenarioOnceTheUserHasChangedIt() throws Exception {
        StoredScenario seeded = workspace.sample().install(AUGUST, Progress.NONE).scenario().orElseThrow();
        String edited = seeded.json().replace("\"growth_per_month\": \"0\"", "\"growth_per_month\": \"0.05\"");
        assertFalse(edited.equals(seeded.json()), "the edit changes the scenario");
        workspace.database().scenarios().save(seeded.id(), 1, edited);

        SampleWorkspace.Removed removed = workspace.sample().remove();

        assertEquals(new SampleWorkspace.Removed(9, false, Optional.of(seeded.name())), removed);
        assertEquals(edited, workspace.database().scenarios().find(seeded.id()).orElseThrow().json());
        assertEquals(List.of(), workspace.database().batches().list());
    }

    @Test
    void aCancelledInstallLeavesTheWorkspaceAsItWas() throws Exception {
        DatabaseContent before = DatabaseContent.of(workspace.database().file());
        // Cancelled once the fourth file has started: three batches are committed by then and must go again.
        Progress cancelLater = new Progress() {
            private long lastPart = -1;
            private boolean cancelled;

            @Override
            public void update(long done, long total) {
                long file = done / 1_000;
                cancelled |= file >= 3 && lastPart >= 0;
                lastPart = file;
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };

        assertThrows(ImportCancelledException.class, () -> workspace.sample().install(AUGUST, cancelLater));

        // Every table as it was, but SQLite's id counter: batch ids are never reused, so it remembers the three.
        assertEquals(withoutIdCounter(before), withoutIdCounter(DatabaseContent.of(workspace.database().file())));
        assertTrue(workspace.sample().isFirstRun());
    }

    private static Map<String, Long> withoutIdCounter(DatabaseContent content) {
        Map<String, Long> counts = new TreeMap<>(content.rowCounts());
        counts.remove("sqlite_sequence");
        return counts;
    }
}
