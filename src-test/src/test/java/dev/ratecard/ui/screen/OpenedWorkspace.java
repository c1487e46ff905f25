package dev.ratecard.ui.screen;

import dev.ratecard.importers.Progress;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.ui.dialog.ScriptedDialogService;
import dev.ratecard.ui.task.CurrentThreadTaskExecutor;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.importing.ImportOptions;
import dev.ratecard.workspace.importing.ImportResult;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace model over a fresh workspace in a test's folder, opened at once on the test's thread, with scripted
 * dialogs and the notices collected: what view-model tests of the screens that show the workspace start from.
 * Today is 2026-11-25 (UTC), so the sample covers August to October 2026.
 */
public final class OpenedWorkspace implements AutoCloseable {
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    public final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    public final ScriptedDialogService dialogs = new ScriptedDialogService();
    public final List<String> notices = new ArrayList<>();
    public final WorkspaceModel model = new WorkspaceModel(tasks, dialogs, notices::add, TODAY);
    private final Path folder;

    private OpenedWorkspace(Path folder) {
        this.folder = folder;
    }

    /** Opened without the sample. */
    public static OpenedWorkspace in(Path folder) {
        return in(folder, false);
    }

    /** Opened, with the sample installed as on a first start when {@code sampleOnFirstRun}. */
    public static OpenedWorkspace in(Path folder, boolean sampleOnFirstRun) {
        OpenedWorkspace opened = new OpenedWorkspace(folder);
        opened.model.open(() -> new Workspace(WorkspaceDatabase.open(folder.resolve("workspace.db")), BundledCatalogue.load(),
                ZoneOffset.UTC), sampleOnFirstRun);
        return opened;
    }

    /** Imports {@code file} straight through the import service, as a finished import would, and tells the screens. */
    public void imported(Path file) {
        ImportResult result = workspace().imports().commit(file, ImportOptions.defaults(), Progress.NONE);
        if (!(result instanceof ImportResult.Imported)) {
            throw new IllegalStateException(file + " was not imported: " + result);
        }
        model.changed();
    }

    public Workspace workspace() {
        return model.workspace().orElseThrow();
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        model.close();
    }
}
