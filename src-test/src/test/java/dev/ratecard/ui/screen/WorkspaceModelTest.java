package dev.ratecard.ui.screen;

import dev.ratecard.importers.Progress;
import dev.ratecard.store.ImportBatch;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.ui.dialog.ScriptedDialogService;
import dev.ratecard.ui.task.SteppedTaskExecutor;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;
import dev.ratecard.workspace.usage.HandCheckedUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workspace the window shares between its screens: opening it, and adding and removing the sample data. */
class WorkspaceModelTest {
    /** OpenRouter chatbot, DeepSeek pipeline and Anthropic coding exports for each of August, September, October. */
    private static final int SAMPLE_BATCHES = 9;

    @TempDir
    Path folder;

    @Test
    void aFirstStartAddsTheSampleAndSaysWhatItAdded() {
        try (OpenedWorkspace opened = OpenedWorkspace.in(folder, true)) {
            assertEquals(WorkspaceModel.State.OPEN, opened.model.stateProperty().get());
            assertTrue(opened.model.sampleInstalledProperty().get());
            assertEquals(SAMPLE_BATCHES, opened.workspace().database().batches().list().size());
            assertTrue(opened.notices.getLast().startsWith("Added the sample workspace: 9 usage exports and the scenario \u201c"),
                    opened.notices.getLast());
            assertFalse(opened.model.installSampleCommand().enabled().get(), "it is there already");
            assertTrue(opened.model.removeSampleCommand().enabled().get());
        }
    }

    @Test
    void withoutBeingAskedTheWorkspaceStaysEmpty() {
        try (OpenedWorkspace opened = OpenedWorkspace.in(folder, false)) {
            assertEquals(List.of(), opened.workspace().database().batches().list());
            assertFalse(opened.model.sampleInstalledProperty().get());
            assertTrue(opened.model.installSampleCommand().enabled().get());
        }
    }

    @Test
    void removingTheSampleIsAskedFirstAndTakesOutExactlyItsImports() {
        try (OpenedWorkspace opened = OpenedWorkspace.in(folder, true)) {
            opened.imported(HandCheckedUsage.write(folder));
            long revision = opened.model.revisionProperty().get();

            opened.dialogs.answerConfirm(false);
            opened.model.removeSample();
            assertEquals(SAMPLE_BATCHES + 1, opened.workspace().database().batches().list().size(), "kept on no");
            assertEquals(revision, opened.model.revisionProperty().get());

            opened.dialogs.answerConfirm(true);
            opened.model.removeSample();

            assertEquals(List.of(HandCheckedUsage.FILE),
                    opened.workspace().database().batches().list().stream().map(ImportBatch::fileName).toList());
            assertEquals(List.of(), opened.workspace().database().scenarios().list(), "the unchanged seeded scenario too");
            assertFalse(opened.model.sampleInstalledProperty().get());
            assertEquals(revision + 1, opened.model.revisionProperty().get());
            assertEquals("Removed the sample data: 9 imports and its scenario", opened.notices.getLast());
            assertEquals(2, opened.dialogs.asked().size());
        }
    }

    @Test
    void aChangeFromOutsideTheWindowReloadsTheScreensOnceAndSaysWhy() {
        try (OpenedWorkspace opened = OpenedWorkspace.in(folder)) {
            long revision = opened.model.revisionProperty().get();
            opened.model.checkForOutsideChanges();
            assertEquals(revision, opened.model.revisionProperty().get(), "nothing changed yet");

            importFromTheCommandLine();
            opened.model.checkForOutsideChanges();

            assertEquals(revision + 1, opened.model.revisionProperty().get());
            assertTrue(opened.notices.getLast().startsWith("The workspace was changed outside this window"),
                    opened.notices.getLast());
            opened.model.checkForOutsideChanges();
            assertEquals(revision + 1, opened.model.revisionProperty().get(), "the same change is not news twice");
            assertEquals("Done: opening the workspace", opened.tasks.activity().lastOutcomeProperty().get(),
                    "the checks stay out of the status bar");
        }
    }

    @Test
    void looksWhileTheWindowsOwnWritesAreUnderWayReloadButNeverCallThemAChangeFromOutside() {
        SteppedTaskExecutor tasks = new SteppedTaskExecutor();
        List<String> notices = new ArrayList<>();
        WorkspaceModel model = openedWith(tasks, notices);
        try {
            long revision = model.revisionProperty().get();
            // A write of the window's own that commits twice through connections of its own (the sample's install
            // commits one import after another), with the window gaining focus after each commit.
            model.writing();
            importThrough(model, "first");
            model.checkForOutsideChanges();
            tasks.runNext();
            importThrough(model, "second");
            model.checkForOutsideChanges();
            tasks.runNext();

            assertEquals(revision + 2, model.revisionProperty().get(), "each commit found is reloaded");
            assertEquals(List.of(), notices, "neither is news from outside");

            model.written();
            assertEquals(revision + 3, model.revisionProperty().get(), "the write's end reloads too");
            model.checkForOutsideChanges();
            tasks.runNext();
            assertEquals(revision + 3, model.revisionProperty().get(), "nothing new since");
            assertEquals(List.of(), notices);
        } finally {
            model.close();
        }
    }

    @Test
    void aWriteEndedWithoutABeginningIsAMistake() {
        try (OpenedWorkspace opened = OpenedWorkspace.in(folder)) {
            assertThrows(IllegalStateException.class, opened.model::written);
        }
    }

    @Test
    void aChangeFromOutsideIsNotSwallowedByAChangeTheWindowMadeMeanwhile() {
        try (OpenedWorkspace opened = OpenedWorkspace.in(folder)) {
            importFromTheCommandLine();
            // Before the window looks, it changes something itself (a mapping, a deleted batch).
            opened.model.changed();
            long revision = opened.model.revisionProperty().get();

            opened.model.checkForOutsideChanges();

            assertEquals(revision + 1, opened.model.revisionProperty().get(), "the outside import is still reloaded");
        }
    }

    @Test
    void aLookAskedForWhileOneIsUnderWayRunsWhenThatOneEnds() {
        SteppedTaskExecutor tasks = new SteppedTaskExecutor();
        WorkspaceModel model = openedWith(tasks, new ArrayList<>());
        try {
            long revision = model.revisionProperty().get();
            model.checkForOutsideChanges();
            model.checkForOutsideChanges();
            assertEquals(1, tasks.waiting(), "one look at a time");

            // The first look reads the version before the command line commits; the second must see the commit.
            tasks.runNext();
            importFromTheCommandLine();
            assertEquals(1, tasks.waiting(), "the look asked for meanwhile");
            tasks.runNext();

            assertEquals(revision + 1, model.revisionProperty().get());
            assertEquals(0, tasks.waiting());
        } finally {
            model.close();
        }
    }

    /** A workspace model over the test's folder whose tasks run only when the test steps them; opened already. */
    private WorkspaceModel openedWith(SteppedTaskExecutor tasks, List<String> notices) {
        WorkspaceModel model = new WorkspaceModel(tasks, new ScriptedDialogService(), notices::add, OpenedWorkspace.TODAY);
        model.open(() -> new Workspace(WorkspaceDatabase.open(folder.resolve("workspace.db")), BundledCatalogue.load(),
                ZoneOffset.UTC), false);
        tasks.runNext();
        return model;
    }

    /** An import through the window's own workspace, as the wizard commits one, of a file in {@code subfolder}. */
    private void importThrough(WorkspaceModel model, String subfolder) {
        ImportResult result = model.workspace().orElseThrow().imports().commit(writeExport(subfolder),
                ImportOptions.defaults(), Progress.NONE);
        assertTrue(result instanceof ImportResult.Imported, result.toString());
    }

    /** One of two different hand-checked exports ("first" or "second"): a file is imported once per workspace. */
    private Path writeExport(String subfolder) {
        Path exports = folder.resolve(subfolder);
        try {
            Files.createDirectories(exports);
            return subfolder.equals("first") ? HandCheckedUsage.write(exports) : HandCheckedUsage.writeOpenRouter(exports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ratecard import} on the same workspace file, through its own connection, as another process would. */
    private void importFromTheCommandLine() {
        Path exports = folder.resolve("outside");
        try {
            Files.createDirectories(exports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Workspace outside = new Workspace(WorkspaceDatabase.open(folder.resolve("workspace.db")),
                BundledCatalogue.load(), ZoneOffset.UTC)) {
            ImportResult result = outside.imports().commit(HandCheckedUsage.write(exports), ImportOptions.defaults(),
                    Progress.NONE);
            assertTrue(result instanceof ImportResult.Imported, result.toString());
        }
    }

    @Test
    void aWorkspaceWhoseSampleWasRemovedIsNotGivenItAgainOnTheNextStart() {
        try (OpenedWorkspace first = OpenedWorkspace.in(folder, true)) {
            first.dialogs.answerConfirm(true);
            first.model.removeSample();
        }
        try (OpenedWorkspace again = OpenedWorkspace.in(folder, true)) {
            assertEquals(List.of(), again.workspace().database().batches().list());
            assertFalse(again.model.sampleInstalledProperty().get());
        }
    }
}
