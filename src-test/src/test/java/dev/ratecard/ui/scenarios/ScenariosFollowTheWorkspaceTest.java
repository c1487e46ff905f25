package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.screen.OpenedWorkspace;
import dev.ratecard.ui.screen.WorkspaceModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Scenarios screen in the window's shared workspace: its list follows changes made elsewhere (the sample removed,
 * say) without losing an open scenario's edits, and its own changes reach the other screens through the revision.
 */
class ScenariosFollowTheWorkspaceTest {
    private static final String HEADLINE_NAME = "Qwen 2.5 72B at 100M tokens/month: self-hosted on 2×H100 or an API?";

    @TempDir
    Path folder;
    private OpenedWorkspace workspace;
    private ScenariosViewModel model;

    private void openWithTheSample() {
        workspace = OpenedWorkspace.in(folder, true);
        model = new ScenariosViewModel(TestWorkspaces.source(), workspace.model, workspace.dialogs, workspace.tasks,
                workspace.notices::add);
        model.start();
    }

    @AfterEach
    void closeTheDatabase() {
        workspace.close();
    }

    private List<String> names() {
        return model.entries().stream().map(ScenarioEntry::name).toList();
    }

    private ParameterField gpuPrice() {
        return (ParameterField) model.sessionProperty().get().editor().option("qwen-2xh100").orElseThrow()
                .fieldAt(".gpu.usd_per_gpu_hour").orElseThrow();
    }

    private void removeTheSample() {
        workspace.dialogs.answerConfirm(true);
        workspace.model.removeSample();
    }

    @Test
    void removingTheSampleTakesItsUnchangedScenarioOffTheList() {
        openWithTheSample();
        assertEquals(List.of(HEADLINE_NAME), names(), "the seeded headline scenario");

        removeTheSample();

        assertEquals(List.of(), names());
        assertEquals(ScenariosViewModel.Page.LIBRARY, model.pageProperty().get());
    }

    @Test
    void anOpenScenarioWithChangesStaysWhenItsStoredCopyIsRemovedAndSavesAnew() {
        openWithTheSample();
        model.open(model.entries().getFirst());
        ScenarioSession open = model.sessionProperty().get();
        gpuPrice().textProperty().set("1.99");

        removeTheSample();

        assertEquals(ScenariosViewModel.Page.EDITOR, model.pageProperty().get());
        assertSame(open, model.sessionProperty().get(), "the editor is not rebuilt");
        assertEquals("1.99", gpuPrice().textProperty().get());
        assertTrue(open.dirtyProperty().get());
        assertTrue(open.storedId().isEmpty(), "no longer in the workspace");
        assertEquals(List.of(), names());
        assertTrue(workspace.notices.contains("\u201c" + HEADLINE_NAME + "\u201d was removed from the workspace; save it"
                + " to keep your changes"), workspace.notices.toString());
        assertEquals(1, workspace.dialogs.asked().size(), "only the removal was asked");

        model.save();

        assertEquals(List.of(HEADLINE_NAME), names());
        String json = workspace.workspace().database().scenarios().find(model.entries().getFirst().id()).orElseThrow().json();
        assertTrue(json.contains("\"usd_per_gpu_hour\": \"1.99\""), json);
    }

    @Test
    void anUnchangedOpenScenarioWhoseStoredCopyIsRemovedGoesBackToTheList() {
        openWithTheSample();
        model.open(model.entries().getFirst());

        removeTheSample();

        assertEquals(ScenariosViewModel.Page.LIBRARY, model.pageProperty().get());
        assertNull(model.sessionProperty().get());
    }

    @Test
    void anotherScreensChangeLeavesAnEditInProgressAlone() {
        openWithTheSample();
        model.startFromHeadline();
        ScenarioSession open = model.sessionProperty().get();
        gpuPrice().textProperty().set("1.99");

        workspace.model.changed();

        assertSame(open, model.sessionProperty().get());
        assertEquals("1.99", gpuPrice().textProperty().get());
        assertEquals(List.of(HEADLINE_NAME), names());
        assertEquals(0, workspace.dialogs.asked().size(), "nothing asked: nothing is discarded");
    }

    @Test
    void everyChangeToAStoredScenarioIsAnnouncedOnce() {
        openWithTheSample();
        long revision = workspace.model.revisionProperty().get();

        model.open(model.entries().getFirst());
        gpuPrice().textProperty().set("1.99");
        model.save();
        assertEquals(revision + 1, workspace.model.revisionProperty().get(), "saved");

        model.rename(model.entries().getFirst(), "Headline");
        assertEquals(revision + 2, workspace.model.revisionProperty().get(), "renamed");

        model.duplicate(model.entries().getFirst());
        assertEquals(revision + 3, workspace.model.revisionProperty().get(), "duplicated");
        assertEquals(List.of("Headline", "Headline (copy)"), names());

        workspace.dialogs.answerConfirm(true);
        model.delete(model.entries().get(1));
        assertEquals(revision + 4, workspace.model.revisionProperty().get(), "deleted");
        assertEquals(List.of("Headline"), names());
    }

    @Test
    void aStoredScenarioAskedForByIdOpensInTheEditor() {
        openWithTheSample();
        long id = model.entries().getFirst().id();

        model.openStored(id);

        assertEquals(ScenariosViewModel.Page.EDITOR, model.pageProperty().get());
        assertEquals(OptionalLong.of(id), model.sessionProperty().get().storedId());
        assertEquals(HEADLINE_NAME, model.sessionProperty().get().titleProperty().get());
    }

    @Test
    void askingForTheScenarioAlreadyOpenKeepsItsEdits() {
        openWithTheSample();
        long id = model.entries().getFirst().id();
        model.openStored(id);
        ScenarioSession open = model.sessionProperty().get();
        gpuPrice().textProperty().set("1.99");

        model.openStored(id);

        assertSame(open, model.sessionProperty().get());
        assertEquals("1.99", gpuPrice().textProperty().get());
        assertEquals(List.of(), workspace.dialogs.asked(), "nothing asked: nothing would be lost");
    }

    @Test
    void aScenarioThatIsGoneIsSaidToBeGone() {
        openWithTheSample();

        model.openStored(987_654);

        assertEquals(ScenariosViewModel.Page.LIBRARY, model.pageProperty().get());
        assertEquals("That scenario is no longer in the workspace", workspace.dialogs.errors().getLast().whatHappened());
    }

    @Test
    void aScenarioAskedForBeforeTheWorkspaceIsOpenOpensOnceItIs() {
        workspace = OpenedWorkspace.in(folder);
        long id = workspace.workspace().database().scenarios().create("Stored", 1,
                TestWorkspaces.exampleText(ScenarioTemplates.HEADLINE)).id();
        WorkspaceModel later = new WorkspaceModel(workspace.tasks, workspace.dialogs, workspace.notices::add);
        model = new ScenariosViewModel(TestWorkspaces.source(), later, workspace.dialogs, workspace.tasks,
                workspace.notices::add);
        model.start();

        model.openStored(id);
        assertEquals(ScenariosViewModel.Page.OPENING, model.pageProperty().get());
        later.open(workspace::workspace, false);

        assertEquals(ScenariosViewModel.Page.EDITOR, model.pageProperty().get());
        assertEquals(OptionalLong.of(id), model.sessionProperty().get().storedId());
    }
}
