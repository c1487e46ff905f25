package dev.ratecard.ui.shell;

import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.ScriptedDialogService;
import dev.ratecard.ui.mvvm.Command;
import dev.ratecard.ui.screen.FileOpenHandler;
import dev.ratecard.ui.screen.InMemorySettingsRepository;
import dev.ratecard.ui.screen.ScreenActions;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.ui.screen.SettingsModel;
import dev.ratecard.ui.screen.TestScreen;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.CurrentThreadTaskExecutor;
import dev.ratecard.ui.undo.UndoStack;
import dev.ratecard.ui.undo.ValueChange;
import dev.ratecard.workspace.settings.RecentFiles;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import dev.ratecard.workspace.settings.WindowBounds;
import dev.ratecard.workspace.settings.WindowState;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainWindowViewModelTest {
    @TempDir
    Path folder;

    private final TestScreen usage = TestScreen.of("usage", "Usage", 2);
    private final TestScreen prices = TestScreen.of("prices", "Prices", 3);
    private final ScreenRegistry screens = new ScreenRegistry(List.of(usage, prices));
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final List<String> notices = new ArrayList<>();
    private final List<List<Path>> opened = new ArrayList<>();
    private final FileOpenHandler importer = new FileOpenHandler() {
        @Override
        public boolean accepts(List<Path> files) {
            return files.stream().allMatch(file -> file.toString().endsWith(".csv"));
        }

        @Override
        public void open(List<Path> files) {
            opened.add(files);
        }
    };
    private InMemorySettingsRepository repository;

    private MainWindowViewModel window(Settings settings, Optional<FileOpenHandler> handler) {
        repository = new InMemorySettingsRepository(settings);
        return new MainWindowViewModel(screens, new SettingsModel(repository, settings), dialogs, executor.activity(),
                handler, notices::add);
    }

    private Settings defaults() {
        return Settings.defaults(folder.resolve("data"));
    }

    @Test
    void opensOnTheScreenShownLastAndTitlesTheWindowAfterIt() {
        MainWindowViewModel model = window(defaults().withWindow(
                new WindowState(Optional.empty(), false, Optional.of("prices"))), Optional.empty());

        assertEquals(prices, model.selectedScreenProperty().get());
        assertEquals("Ratecard – Prices", model.titleProperty().get());
        model.select(usage);
        assertEquals("Ratecard – Usage", model.titleProperty().get());
    }

    @Test
    void opensOnTheFirstScreenWhenTheOneShownLastIsGone() {
        MainWindowViewModel model = window(defaults().withWindow(
                new WindowState(Optional.empty(), false, Optional.of("reports"))), Optional.empty());

        assertEquals(usage, model.selectedScreenProperty().get());
    }

    @Test
    void routesUndoAndRedoToTheScreenShown() {
        MainWindowViewModel model = window(defaults(), Optional.empty());
        SimpleIntegerProperty growth = new SimpleIntegerProperty(0);
        UndoStack stack = new UndoStack();
        model.screenShown(ScreenActions.NONE.withUndo(stack));
        assertFalse(model.canUndoProperty().get());
        assertEquals("Undo", model.undoTextProperty().get());

        stack.execute(new ValueChange<>("Change growth", growth, 0, 10));
        assertTrue(model.canUndoProperty().get());
        assertEquals("Undo Change growth", model.undoTextProperty().get());

        model.undo();
        assertEquals(0, growth.get());
        assertEquals("Redo Change growth", model.redoTextProperty().get());
        model.redo();
        assertEquals(10, growth.get());

        model.screenShown(ScreenActions.NONE);
        assertFalse(model.canUndoProperty().get(), "a screen without undo disables Edit › Undo");
        assertEquals("Undo", model.undoTextProperty().get());
        model.undo();
        assertEquals(10, growth.get(), "undo does not reach a screen that is not shown");
    }

    @Test
    void routesSaveAndFindToTheScreenShownWhenItEnablesThem() {
        MainWindowViewModel model = window(defaults(), Optional.empty());
        List<String> ran = new ArrayList<>();
        SimpleBooleanProperty dirty = new SimpleBooleanProperty(false);
        model.screenShown(ScreenActions.NONE.withSave(new Command(() -> ran.add("save"), dirty))
                .withFind(Command.always(() -> ran.add("find"))));

        assertFalse(model.canSaveProperty().get());
        model.save();
        dirty.set(true);
        assertTrue(model.canSaveProperty().get());
        model.save();
        model.find();

        assertEquals(List.of("save", "find"), ran);
    }

    @Test
    void disablesOpeningFilesUntilSomethingTakesThem() {
        MainWindowViewModel model = window(defaults(), Optional.empty());

        assertFalse(model.canOpenFiles());
        assertFalse(model.acceptsDrop(List.of(folder.resolve("usage.csv"))));
        model.openFiles(List.of(folder.resolve("usage.csv")));
        assertEquals(List.of(), model.recentFiles());
    }

    @Test
    void handsOpenedFilesToTheHandlerAndRemembersThemNewestFirst() {
        MainWindowViewModel model = window(defaults(), Optional.of(importer));
        Path january = folder.resolve("january.csv");
        Path february = folder.resolve("february.csv");
        dialogs.answerFilesToOpen(List.of(january, february));

        model.chooseFilesToOpen();

        assertEquals(List.of(List.of(january, february)), opened);
        assertEquals(List.of(january, february), model.recentFiles(), "the first chosen is listed first");
        assertEquals(List.of(january, february), repository.lastSaved().recentFiles().paths());
    }

    @Test
    void keepsTellingTheMenuWhenRecentFilesChange() {
        MainWindowViewModel model = window(defaults(), Optional.of(importer));
        List<String> changes = new ArrayList<>();
        model.recentFiles().addListener((ListChangeListener<Path>) change -> changes.add("changed"));
        // A list wrapper that nobody keeps would be collected here, and the menu would stop updating.
        System.gc();

        model.openFiles(List.of(folder.resolve("usage.csv")));

        assertEquals(List.of("changed"), changes);
    }

    @Test
    void acceptsADropOnlyOfFilesTheHandlerTakes() {
        MainWindowViewModel model = window(defaults(), Optional.of(importer));

        assertTrue(model.acceptsDrop(List.of(folder.resolve("usage.csv"))));
        assertFalse(model.acceptsDrop(List.of(folder.resolve("photo.png"))));
        assertFalse(model.acceptsDrop(List.of()));
    }

    @Test
    void opensAFileGivenAtStartLikeADroppedOne() {
        MainWindowViewModel model = window(defaults(), Optional.of(importer));
        Path usageFile = folder.resolve("usage.csv");

        model.openOnStart(usageFile);

        assertEquals(List.of(List.of(usageFile)), opened);
        assertEquals(List.of(usageFile), model.recentFiles());
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void explainsAFileGivenAtStartThatNothingTakes() {
        MainWindowViewModel model = window(defaults(), Optional.of(importer));
        Path scenario = folder.resolve("plan.ratecard");

        model.openOnStart(scenario);

        assertEquals(List.of(), opened);
        assertEquals(List.of(), model.recentFiles(), "a file nothing opened is not a recent file");
        assertEquals(List.of(ErrorReport.of(
                "Ratecard cannot open plan.ratecard: no screen of this version takes that kind of file",
                "The file is unchanged in " + folder + "; open it with a version of Ratecard that reads it.")),
                dialogs.errors());
    }

    @Test
    void opensARecentFileAgain() throws IOException {
        Path usageFile = Files.writeString(folder.resolve("usage.csv"), "timestamp,model\n");
        MainWindowViewModel model = window(defaults().withRecentFiles(RecentFiles.NONE.opened(usageFile)),
                Optional.of(importer));

        model.openRecent(usageFile);

        assertEquals(List.of(List.of(usageFile)), opened);
    }

    @Test
    void dropsARecentFileThatIsGoneAndSaysSo() {
        Path gone = folder.resolve("old").resolve("usage.csv");
        Path kept = folder.resolve("kept.csv");
        MainWindowViewModel model = window(defaults().withRecentFiles(RecentFiles.NONE.opened(kept).opened(gone)),
                Optional.of(importer));

        model.openRecent(gone);

        assertEquals(List.of(), opened);
        assertEquals(List.of(kept), model.recentFiles());
        assertEquals(List.of(ErrorReport.of("usage.csv is no longer at " + folder.resolve("old"),
                "It was moved, renamed or deleted, so it was taken off the recent files. Open it from its new place.")),
                dialogs.errors());
    }

    @Test
    void clearsTheRecentFiles() {
        MainWindowViewModel model = window(defaults().withRecentFiles(RecentFiles.NONE.opened(folder.resolve("a.csv"))),
                Optional.of(importer));

        model.clearRecentFiles();

        assertEquals(List.of(), model.recentFiles());
        assertEquals(RecentFiles.NONE, repository.lastSaved().recentFiles());
    }

    @Test
    void remembersWhereTheWindowWasAndWhichScreenItShowed() {
        MainWindowViewModel model = window(defaults(), Optional.empty());
        model.select(prices);

        model.rememberWindow(Optional.of(new WindowBounds(40, 30, 1500, 950)), true);

        assertEquals(new WindowState(Optional.of(new WindowBounds(40, 30, 1500, 950)), true, Optional.of("prices")),
                repository.lastSaved().window());
    }

    @Test
    void savesTheThemeChosen() {
        MainWindowViewModel model = window(defaults(), Optional.empty());

        model.chooseTheme(ThemePreference.DARK);

        assertEquals(ThemePreference.DARK, model.themeProperty().get());
        assertEquals(ThemePreference.DARK, repository.lastSaved().theme());
    }

    @Test
    void reportsASettingsSaveFailureInTheStatusBar() {
        MainWindowViewModel model = window(defaults(), Optional.empty());
        repository.failSavesWith("disk full");

        model.chooseTheme(ThemePreference.DARK);

        assertEquals(List.of("Settings could not be saved (disk full). They apply until Ratecard closes; "
                + "check that the settings folder is writable."), notices);
    }

    @Test
    void quitsWithoutAskingWhenNothingRuns() {
        assertTrue(window(defaults(), Optional.empty()).confirmQuit());
        assertEquals(List.of(), dialogs.asked());
    }

    @Test
    void asksBeforeQuittingWhileATaskRuns() {
        MainWindowViewModel model = window(defaults(), Optional.empty());
        dialogs.answerConfirm(false);
        List<Boolean> answers = new ArrayList<>();

        BackgroundTask.of("Import usage.csv", context -> answers.add(model.confirmQuit())).executeWith(executor);

        assertEquals(List.of(false), answers);
        assertEquals("\"Import usage.csv\" is still running.", dialogs.asked().get(0).question());
        assertEquals("Cancel it and quit", dialogs.asked().get(0).confirmLabel());
    }

    @Test
    void tellsAboutTheVersionAndTheDataFolder() {
        window(defaults(), Optional.empty()).showAbout();

        String about = dialogs.information().get(0);
        assertTrue(about.startsWith("About Ratecard: Ratecard "), about);
        assertTrue(about.endsWith("Data folder: " + folder.resolve("data")), about);
    }
}
