package dev.ratecard.ui.shell;

import dev.ratecard.ui.dialog.Confirmation;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.FileRequest;
import dev.ratecard.ui.mvvm.Command;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.FileOpenHandler;
import dev.ratecard.ui.screen.Screen;
import dev.ratecard.ui.screen.ScreenActions;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.ui.screen.SettingsModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.task.ActiveTask;
import dev.ratecard.ui.task.TaskActivity;
import dev.ratecard.ui.undo.UndoStack;
import dev.ratecard.workspace.settings.RecentFiles;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import dev.ratecard.workspace.settings.WindowBounds;
import dev.ratecard.workspace.settings.WindowState;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The main window's state and commands: which screen is shown, what the File, Edit and View menus do on it,
 * recent files, theme, the window state to remember, and whether quitting needs a question first.
 */
public final class MainWindowViewModel extends ViewModel {
    static final List<FileRequest.FileType> OPENABLE = List.of(
            new FileRequest.FileType("Usage exports and price sheets", List.of("*.csv", "*.tsv", "*.json", "*.jsonl")));

    private final ScreenRegistry screens;
    private final SettingsModel settings;
    private final DialogService dialogs;
    private final TaskActivity activity;
    private final Optional<FileOpenHandler> fileHandler;
    private final StatusNotices notices;

    private final ReadOnlyObjectWrapper<Screen> selectedScreen = new ReadOnlyObjectWrapper<>(this, "selectedScreen");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    // One wrapper, kept: a wrapper listens to its list weakly, so a fresh one per call would lose its listeners.
    private final ObservableList<Path> readOnlyRecentFiles = FXCollections.unmodifiableObservableList(recentFiles);
    private final ReadOnlyObjectWrapper<ThemePreference> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyBooleanWrapper canFind = new ReadOnlyBooleanWrapper(this, "canFind");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private ScreenActions actions = ScreenActions.NONE;

    public MainWindowViewModel(ScreenRegistry screens, SettingsModel settings, DialogService dialogs,
            TaskActivity activity, Optional<FileOpenHandler> fileHandler, StatusNotices notices) {
        this.screens = Objects.requireNonNull(screens, "screens");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.fileHandler = Objects.requireNonNull(fileHandler, "fileHandler");
        this.notices = Objects.requireNonNull(notices, "notices");
        Settings current = settings.get();
        selectedScreen.set(current.window().lastScreen().flatMap(screens::byId).orElse(screens.first()));
        title.bind(Bindings.createStringBinding(() -> "Ratecard – " + selectedScreen.get().title(), selectedScreen));
        settings.currentProperty().addListener((observable, was, now) -> showSettings(now));
        showSettings(current);
    }

    public List<Screen> screens() {
        return screens.screens();
    }

    public ReadOnlyObjectProperty<Screen> selectedScreenProperty() {
        return selectedScreen.getReadOnlyProperty();
    }

    public void select(Screen screen) {
        if (!screens.screens().contains(screen)) {
            throw new IllegalArgumentException("\"" + screen.id() + "\" is not a screen of this window");
        }
        selectedScreen.set(screen);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The view calls this when a screen's view is shown, so that the menus act on it. */
    public void screenShown(ScreenActions shown) {
        actions = Objects.requireNonNull(shown, "actions");
        List.of(canUndo, canRedo, canSave, canFind).forEach(ReadOnlyBooleanWrapper::unbind);
        List.of(undoText, redoText).forEach(ReadOnlyStringWrapper::unbind);
        shown.undo().ifPresentOrElse(stack -> {
            canUndo.bind(stack.canUndoProperty());
            canRedo.bind(stack.canRedoProperty());
            undoText.bind(labelled("Undo", stack.undoDescriptionProperty()));
            redoText.bind(labelled("Redo", stack.redoDescriptionProperty()));
        }, () -> {
            canUndo.set(false);
            canRedo.set(false);
            undoText.set("Undo");
            redoText.set("Redo");
        });
        shown.save().ifPresentOrElse(command -> canSave.bind(command.enabled()), () -> canSave.set(false));
        shown.find().ifPresentOrElse(command -> canFind.bind(command.enabled()), () -> canFind.set(false));
    }

    public void undo() {
        actions.undo().ifPresent(UndoStack::undo);
    }

    public void redo() {
        actions.undo().ifPresent(UndoStack::redo);
    }

    public void save() {
        actions.save().ifPresent(Command::run);
    }

    public void find() {
        actions.find().ifPresent(Command::run);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canFindProperty() {
        return canFind.getReadOnlyProperty();
    }

    /** "Undo Change growth", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    // ---- Files -------------------------------------------------------------------------------------------

    /** False until something (the import wizard) takes files; Open, drops and recent files are off until then. */
    public boolean canOpenFiles() {
        return fileHandler.isPresent();
    }

    public void chooseFilesToOpen() {
        if (fileHandler.isEmpty()) {
            return;
        }
        Optional<Path> folder = recentFiles.stream().findFirst().map(Path::getParent);
        List<Path> chosen = dialogs.chooseFilesToOpen(FileRequest.toOpen("Open or import", OPENABLE, folder));
        if (!chosen.isEmpty()) {
            openFiles(chosen);
        }
    }

    public boolean acceptsDrop(List<Path> files) {
        return !files.isEmpty() && fileHandler.map(handler -> handler.accepts(files)).orElse(false);
    }

    /** Hands the files to the handler and puts them at the top of the recent files. */
    public void openFiles(List<Path> files) {
        if (files.isEmpty() || fileHandler.isEmpty()) {
            return;
        }
        fileHandler.get().open(files);
        updateSettings(current -> {
            RecentFiles recent = current.recentFiles();
            for (Path file : files.reversed()) {
                recent = recent.opened(file);
            }
            return current.withRecentFiles(recent);
        });
    }

    /**
     * A file the desktop asked Ratecard to open (a double-clicked scenario file): handed over like a dropped
     * file, or, when nothing in the window takes it, explained rather than ignored.
     */
    public void openOnStart(Path file) {
        if (acceptsDrop(List.of(file))) {
            openFiles(List.of(file));
            return;
        }
        dialogs.showError(ErrorReport.of(
                "Ratecard cannot open " + file.getFileName() + ": no screen of this version takes that kind of file",
                "The file is unchanged in " + file.getParent()
                        + "; open it with a version of Ratecard that reads it."));
    }

    public void openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            updateSettings(current -> current.withRecentFiles(current.recentFiles().without(file)));
            dialogs.showError(ErrorReport.of(file.getFileName() + " is no longer at " + file.getParent(),
                    "It was moved, renamed or deleted, so it was taken off the recent files. Open it from its new place."));
            return;
        }
        openFiles(List.of(file));
    }

    public void clearRecentFiles() {
        updateSettings(current -> current.withRecentFiles(RecentFiles.NONE));
    }

    /** Newest first; changes when settings do. */
    public ObservableList<Path> recentFiles() {
        return readOnlyRecentFiles;
    }

    // ---- Theme, window, quitting -------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ThemePreference> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public void chooseTheme(ThemePreference preference) {
        updateSettings(current -> current.withTheme(preference));
    }

    public WindowState savedWindowState() {
        return settings.get().window();
    }

    /** Remembers where the window is and which screen it shows, for the next start. */
    public void rememberWindow(Optional<WindowBounds> normalBounds, boolean maximized) {
        WindowState state = new WindowState(normalBounds, maximized, Optional.of(selectedScreen.get().id()));
        updateSettings(current -> current.withWindow(state));
    }

    /** True if the window may close: nothing is running, or the user agreed to cancel what is. */
    public boolean confirmQuit() {
        ActiveTask running = activity.latestProperty().get();
        if (running == null) {
            return true;
        }
        int count = activity.tasks().size();
        return dialogs.confirm(new Confirmation("Quit Ratecard",
                count == 1 ? "\"" + running.titleProperty().get() + "\" is still running."
                        : count + " tasks are still running.",
                "Quitting cancels it; an import that is cancelled keeps nothing of the file, so you can run it again later.",
                "Cancel it and quit", "Keep working"));
    }

    public void showAbout() {
        dialogs.showInformation("About Ratecard", AboutText.of(settings.get()));
    }

    private void showSettings(Settings now) {
        recentFiles.setAll(now.recentFiles().paths());
        theme.set(now.theme());
    }

    private void updateSettings(UnaryOperator<Settings> change) {
        settings.update(change).ifPresent(notices::show);
    }

    private static ObservableStringValue labelled(String verb, ReadOnlyStringProperty description) {
        return Bindings.createStringBinding(
                () -> description.get().isEmpty() ? verb : verb + " " + description.get(), description);
    }
}
