package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.BreakEven;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.ScriptedDialogService;
import dev.ratecard.ui.screen.InMemorySettingsRepository;
import dev.ratecard.ui.screen.SettingsModel;
import dev.ratecard.ui.task.CurrentThreadTaskExecutor;
import dev.ratecard.workspace.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario list and the open scenario's file commands, against a real workspace in a temporary folder. */
class ScenariosViewModelTest {
    private static final String HEADLINE_NAME = "Qwen 2.5 72B at 100M tokens/month: self-hosted on 2×H100 or an API?";

    @TempDir
    Path folder;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final List<String> notices = new ArrayList<>();
    private final List<ScenarioWorkspace> opened = new ArrayList<>();
    private ScenariosViewModel model;

    @BeforeEach
    void openTheScreen() {
        Settings settings = Settings.defaults(folder.resolve("data"));
        model = new ScenariosViewModel(dataFolder -> {
            ScenarioWorkspace workspace = TestWorkspaces.in(dataFolder);
            opened.add(workspace);
            return workspace;
        }, new SettingsModel(new InMemorySettingsRepository(settings), settings), dialogs, new CurrentThreadTaskExecutor(),
                notices::add);
        model.start();
    }

    @AfterEach
    void closeTheDatabase() {
        opened.forEach(workspace -> workspace.database().close());
    }

    private List<StoredScenario> stored() {
        return opened.getFirst().database().scenarios().list().stream()
                .map(s -> opened.getFirst().database().scenarios().find(s.id()).orElseThrow()).toList();
    }

    private ScenarioSession session() {
        return model.sessionProperty().get();
    }

    @Test
    void opensTheWorkspaceInTheSettingsDataFolderAndShowsAnEmptyList() {
        assertEquals(ScenariosViewModel.Page.LIBRARY, model.pageProperty().get());
        assertEquals(List.of(), model.entries());
        assertEquals(folder.resolve("data").resolve("workspace.db"), opened.getFirst().database().file());
        assertEquals(ScenarioTemplates.FILES.size(), model.templates().size());
    }

    @Test
    void saysWhyWhenTheWorkspaceCannotBeOpened() {
        ScenariosViewModel broken = new ScenariosViewModel(dataFolder -> {
            throw new IllegalStateException("the disk is full");
        }, new SettingsModel(new InMemorySettingsRepository(Settings.defaults(folder)), Settings.defaults(folder)), dialogs,
                new CurrentThreadTaskExecutor(), notices::add);

        broken.start();

        assertEquals(ScenariosViewModel.Page.UNAVAILABLE, broken.pageProperty().get());
        assertEquals("The workspace in " + folder + " could not be opened: the disk is full",
                broken.unavailableProperty().get());
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
                opened.getFirst().service().write(session().document().orElseThrow()));
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
