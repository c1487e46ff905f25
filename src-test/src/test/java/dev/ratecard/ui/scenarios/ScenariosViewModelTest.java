package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.BreakEven;
import dev.ratecard.store.ScenarioRepository;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.ScriptedDialogService;
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
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenario list and the open scenario's file commands, in the window's shared workspace (a real one in a temporary
 * folder): the list follows changes to the stored data, and changes made here are announced to the other screens.
 */
class ScenariosViewModelTest {
    private static final String HEADLINE_NAME = "Qwen 2.5 72B at 100M tokens/month: self-hosted on 2×H100 or an API?";

    @TempDir
    Path folder;
    private OpenedWorkspace workspace;
    private ScriptedDialogService dialogs;
    private List<String> notices;
    private ScenariosViewModel model;

    @BeforeEach
    void openTheScreen() {
        workspace = OpenedWorkspace.in(folder);
        dialogs = workspace.dialogs;
        notices = workspace.notices;
        model = startedOver(workspace.model);
    }

    private ScenariosViewModel startedOver(WorkspaceModel shared) {
        ScenariosViewModel screen = new ScenariosViewModel(TestWorkspaces.source(), shared, dialogs, workspace.tasks,
                notices::add);
        screen.start();
        return screen;
    }

    @AfterEach
    void closeTheDatabase() {
        workspace.close();
    }

    private List<StoredScenario> stored() {
        ScenarioRepository scenarios = workspace.workspace().database().scenarios();
        return scenarios.list().stream().map(s -> scenarios.find(s.id()).orElseThrow()).toList();
    }

    private ScenarioSession session() {
        return model.sessionProperty().get();
    }

    @Test
    void listsTheScenariosOfTheWindowsSharedWorkspace() {
        assertEquals(ScenariosViewModel.Page.LIBRARY, model.pageProperty().get());
        assertEquals(List.of(), model.entries());
        assertEquals(ScenarioTemplates.FILES.size(), model.templates().size());
        workspace.workspace().database().scenarios().create("Stored elsewhere", 1,
                TestWorkspaces.exampleText(ScenarioTemplates.HEADLINE));

        workspace.model.changed();

        assertEquals(List.of("Stored elsewhere"), model.entries().stream().map(ScenarioEntry::name).toList(),
                "a change announced by another screen reads the list again");
    }

    @Test
    void waitsForTheSharedWorkspaceToOpen() {
        WorkspaceModel closed = new WorkspaceModel(workspace.tasks, dialogs, notices::add);
        ScenariosViewModel waiting = startedOver(closed);

        assertEquals(ScenariosViewModel.Page.OPENING, waiting.pageProperty().get());

        closed.open(() -> new Workspace(WorkspaceDatabase.open(folder.resolve("second").resolve("workspace.db")),
                BundledCatalogue.load(), ZoneOffset.UTC), false);
        try {
            assertEquals(ScenariosViewModel.Page.LIBRARY, waiting.pageProperty().get());
        } finally {
            closed.close();
        }
    }

    @Test
    void saysWhyWhenTheWorkspaceCannotBeOpened() {
        WorkspaceModel broken = new WorkspaceModel(workspace.tasks, dialogs, notices::add);
        ScenariosViewModel unavailable = startedOver(broken);

        broken.open(() -> {
            throw new IllegalStateException("the disk is full");
        }, false);

        assertEquals(ScenariosViewModel.Page.UNAVAILABLE, unavailable.pageProperty().get());
        assertEquals("The workspace could not be opened: the disk is full", unavailable.unavailableProperty().get());
    }

    @Test
    void theHeadlineExampleOpensUnsavedAndSavesUnderItsName() {
        model.startFromHeadline();
        assertEquals(ScenariosViewModel.Page.EDITOR, model.pageProperty().get());
        assertTrue(session().dirtyProperty().get(), "an example is not in the workspace until saved");

        model.save();

        assertFalse(session().dirtyProperty().get());
        assertEquals(List.of(HEADLINE_NAME), model.entries().stream().map(ScenarioEntry::name).toList());
        assertEquals(List.of("Qwen 2.5 72B on 2×H100 (RunPod)", "Together (Qwen 2.5 72B Turbo)",
                "OpenRouter (monthly card top-up)", "GPT-4o (OpenAI direct)"), model.entries().getFirst().options());
        // Saved as the canonical file: the bundled example exactly, which is written in that layout.
        assertEquals(TestWorkspaces.exampleText(ScenarioTemplates.HEADLINE), stored().getFirst().json());
        assertEquals(List.of("Saved \u201c" + HEADLINE_NAME + "\u201d in the workspace"), notices);
    }

    @Test
    void anEditSavedAndReopenedGivesTheSameValuesAndResults() {
        model.startFromHeadline();
        gpuPrice().textProperty().set("1.99");
        long breakEven = sustainedBreakEven();
        model.save();

        model.showList();
        model.open(model.entries().getFirst());

        assertEquals("1.99", gpuPrice().textProperty().get());
        assertEquals(breakEven, sustainedBreakEven());
        assertFalse(session().dirtyProperty().get());
        assertTrue(stored().getFirst().json().contains("\"usd_per_gpu_hour\": \"1.99\""));
    }

    @Test
    void renamingTheOpenScenarioBeforeSavingRenamesTheStoredOne() {
        model.startFromHeadline();
        model.save();
        session().editor().nameField().textProperty().set("Qwen at 100M");

        model.save();

        assertEquals(List.of("Qwen at 100M"), model.entries().stream().map(ScenarioEntry::name).toList());
        assertTrue(stored().getFirst().json().contains("\"name\": \"Qwen at 100M\""));
    }

    @Test
    void renameDuplicateAndDeleteFromTheList() {
        model.startFromHeadline();
        model.save();
        model.showList();
        ScenarioEntry entry = model.entries().getFirst();

        model.rename(entry, "  Headline  ");
        model.duplicate(model.entries().getFirst());

        assertEquals(List.of("Headline", "Headline (copy)"), model.entries().stream().map(ScenarioEntry::name).toList());
        assertTrue(stored().get(1).json().contains("\"name\": \"Headline (copy)\""), "the copy carries its own name");

        dialogs.answerConfirm(false);
        model.delete(model.entries().get(1));
        assertEquals(2, model.entries().size());

        dialogs.answerConfirm(true);
        model.delete(model.entries().get(1));
        assertEquals(List.of("Headline"), model.entries().stream().map(ScenarioEntry::name).toList());
        assertEquals("Delete \u201cHeadline (copy)\u201d?", dialogs.asked().getLast().question());
        assertEquals("Delete it", dialogs.asked().getLast().confirmLabel());
    }

    @Test
    void aNameInUseIsRefusedAndNothingIsStored() {
        model.startFromHeadline();
        model.save();
        model.startFromHeadline();

        model.save();

        assertEquals(1, stored().size());
        ErrorReport error = dialogs.errors().getLast();
        assertEquals("There is already a scenario named \u201c" + HEADLINE_NAME + "\u201d", error.whatHappened());
        assertEquals("Change the name at the top of the form, or open the other one from the list.", error.whatToDo());
        assertTrue(session().dirtyProperty().get());
    }

    @Test
    void leavingUnsavedChangesAsksFirstAndKeepingThemStaysInTheEditor() {
        model.startFromHeadline();
        gpuPrice().textProperty().set("1.99");

        dialogs.answerConfirm(false);
        model.showList();

        assertEquals(ScenariosViewModel.Page.EDITOR, model.pageProperty().get());
        assertEquals("Leave \u201c" + HEADLINE_NAME + "\u201d without saving?", dialogs.asked().getLast().question());
        assertEquals("Keep editing", dialogs.asked().getLast().cancelLabel());
        dialogs.answerConfirm(false);
        assertFalse(model.confirmClose(), "closing the window asks too, and keeping the changes keeps it open");
        assertEquals(2, dialogs.asked().size());
    }

    @Test
    void discardingUnsavedChangesGoesBackToTheList() {
        model.startFromHeadline();
        dialogs.answerConfirm(true);

        model.showList();

        assertEquals(ScenariosViewModel.Page.LIBRARY, model.pageProperty().get());
        assertNull(session());
        assertFalse(model.undo().canUndoProperty().get());
        assertEquals(List.of(), model.entries());
    }

    @Test
    void exportWritesTheScenarioFileAndOpeningItGivesTheSameFile() throws IOException {
        model.startFromHeadline();
        Path file = folder.resolve("headline.ratecard");
        dialogs.answerFileToSave(Optional.of(file));

        model.exportToFile();

        assertEquals(TestWorkspaces.exampleText(ScenarioTemplates.HEADLINE), Files.readString(file));
        dialogs.answerConfirm(true).answerFilesToOpen(List.of(file));
        model.openFile();
        assertEquals(HEADLINE_NAME, session().editor().name());
        assertEquals(TestWorkspaces.exampleText(ScenarioTemplates.HEADLINE),
                TestWorkspaces.service().write(session().document().orElseThrow()));
    }

    @Test
    void aBadScenarioFileIsRefusedWithTheFieldItNames() throws IOException {
        Path file = folder.resolve("headline.json");
        Files.writeString(file, TestWorkspaces.exampleText(ScenarioTemplates.HEADLINE)
                .replace("\"output_share\": \"0.25\"", "\"output_share\": \"1.5\""));
        dialogs.answerFilesToOpen(List.of(file));

        model.openFile();

        assertEquals(ScenariosViewModel.Page.LIBRARY, model.pageProperty().get());
        ErrorReport error = dialogs.errors().getLast();
        assertEquals("headline.json could not be opened: headline.json: $.workload.synthetic.output_share: must be "
                + "between 0 and 1 (got 1.5)", error.whatHappened());
        assertEquals("Fix the field named above in the file and open it again.", error.whatToDo());
    }

    @Test
    void aScenarioThatDoesNotComputeIsNotSavedAndSaysWhy() {
        model.startFromHeadline();
        ParameterField priceModel = (ParameterField) session().editor().option("together").orElseThrow()
                .fieldAt(".price.model").orElseThrow();
        priceModel.textProperty().set("Qwen/Qwen2.5-720B");

        model.save();

        assertEquals(List.of(), stored());
        assertEquals("\u201c" + HEADLINE_NAME + "\u201d cannot be saved: $.options[1].price.model: price sheet "
                + "\"together\" has no model \"Qwen/Qwen2.5-720B\"", dialogs.errors().getLast().whatHappened());
    }

    private ParameterField gpuPrice() {
        return (ParameterField) session().editor().option("qwen-2xh100").orElseThrow().fieldAt(".gpu.usd_per_gpu_hour")
                .orElseThrow();
    }

    private long sustainedBreakEven() {
        return ((BreakEven.Sustained) session().figuresProperty().get().result()
                .breakEven("qwen-2xh100", "together")).sustained();
    }
}
