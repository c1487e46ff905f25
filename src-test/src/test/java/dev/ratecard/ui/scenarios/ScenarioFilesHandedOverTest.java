package dev.ratecard.ui.scenarios;

import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.ui.screen.OpenedWorkspace;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Scenario files the window hands to the screen (opened, dropped, passed by the desktop) open in the editor as
 * "Open a file…" opens them: the same error naming the bad field, the same question before unsaved changes go.
 */
class ScenarioFilesHandedOverTest {
    private static final String NAME = "Handed over";

    @TempDir
    Path folder;
    private OpenedWorkspace workspace;
    private Path file;

    @BeforeEach
    void writeTheFile() throws IOException {
        workspace = OpenedWorkspace.in(folder);
        file = Files.writeString(folder.resolve("handed-over.ratecard"), TestWorkspaces.exampleText(ScenarioTemplates.HEADLINE)
                .replace("\"name\": \"Qwen 2.5 72B at 100M tokens/month: self-hosted on 2×H100 or an API?\"",
                        "\"name\": \"" + NAME + "\""));
    }

    @AfterEach
    void closeTheDatabase() {
        workspace.close();
    }

    private ScenariosViewModel startedOver(WorkspaceModel shared) {
        ScenariosViewModel screen = new ScenariosViewModel(TestWorkspaces.source(), shared, workspace.dialogs,
                workspace.tasks, workspace.notices::add);
        screen.start();
        return screen;
    }

    @Test
    void aHandedOverFileOpensInTheEditorNotYetStored() {
        ScenariosViewModel model = startedOver(workspace.model);

        model.openFiles(List.of(file));

        assertEquals(ScenariosViewModel.Page.EDITOR, model.pageProperty().get());
        assertEquals(NAME + " \u2022", model.sessionProperty().get().titleProperty().get());
        assertEquals(List.of(), model.entries());
    }

    @Test
    void aFileHandedOverBeforeTheWorkspaceIsOpenWaitsForIt() {
        WorkspaceModel closed = new WorkspaceModel(workspace.tasks, workspace.dialogs, workspace.notices::add);
        ScenariosViewModel model = startedOver(closed);

        model.openFiles(List.of(file));
        assertEquals(ScenariosViewModel.Page.OPENING, model.pageProperty().get());

        closed.open(() -> new Workspace(WorkspaceDatabase.open(folder.resolve("later").resolve("workspace.db")),
                BundledCatalogue.load(), ZoneOffset.UTC), false);
        try {
            assertEquals(ScenariosViewModel.Page.EDITOR, model.pageProperty().get());
            assertEquals(NAME + " \u2022", model.sessionProperty().get().titleProperty().get());
        } finally {
            closed.close();
        }
    }

    @Test
    void aHandedOverFileAsksBeforeUnsavedChangesGo() {
        ScenariosViewModel model = startedOver(workspace.model);
        model.startFromHeadline();
        ScenarioSession editing = model.sessionProperty().get();

        workspace.dialogs.answerConfirm(false);
        model.openFiles(List.of(file));

        assertSame(editing, model.sessionProperty().get(), "kept on \u201cKeep editing\u201d");
        assertEquals("Discard the changes", workspace.dialogs.asked().getLast().confirmLabel());
    }

    @Test
    void aBadHandedOverFileIsRefusedWithTheFieldItNames() throws IOException {
        ScenariosViewModel model = startedOver(workspace.model);
        Files.writeString(file, Files.readString(file).replace("\"output_share\": \"0.25\"", "\"output_share\": \"1.5\""));

        model.openFiles(List.of(file));

        assertEquals(ScenariosViewModel.Page.LIBRARY, model.pageProperty().get());
        assertEquals("handed-over.ratecard could not be opened: handed-over.ratecard: $.workload.synthetic.output_share: "
                + "must be between 0 and 1 (got 1.5)", workspace.dialogs.errors().getLast().whatHappened());
    }
}
