package dev.ratecard.ui.scenarios;

import dev.ratecard.scenario.OptionKind;
import dev.ratecard.ui.dialog.Confirmation;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.FileRequest;
import dev.ratecard.ui.mvvm.Command;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.ui.undo.UndoStack;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The Scenarios screen: the stored scenarios, and the one open in the editor with its live results. Works in the
 * window's shared workspace once it is open, reads the list again whenever the stored data changes, and tells the
 * other screens when it changes a stored scenario. Leaving a scenario with unsaved changes (opening another, going back to the
 * list, closing the window) asks first. Every edit of the open scenario is on the screen's undo stack.
 */
public final class ScenariosViewModel extends ViewModel {
    /** What the screen shows. */
    enum Page { OPENING, UNAVAILABLE, LIBRARY, EDITOR }

    private final ScenarioWorkspaceSource source;
    private final WorkspaceModel shared;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final StatusNotices notices;
    private final UndoStack undo = new UndoStack();
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.OPENING);
    private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper(this, "unavailable", "");
    private final ObservableList<ScenarioEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<ScenarioEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyObjectWrapper<ScenarioSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<UsageLoader> usageLoader = new ReadOnlyObjectWrapper<>(this, "usageLoader");
    private final Command saveCommand;
    private ScenarioWorkspace workspace;
    private ScenarioLibrary library;
    private ScenarioSaving saving;
    private List<ScenarioTemplates.Template> templates = List.of();
    private boolean following;
    private boolean opening;
    private Path waitingFile;
    private Long waitingStoredId;

    /** @param shared the window's workspace, whose database the screen lists and stores scenarios in */
    public ScenariosViewModel(ScenarioWorkspaceSource source, WorkspaceModel shared, DialogService dialogs,
                              TaskExecutor tasks, StatusNotices notices) {
        this.source = Objects.requireNonNull(source, "source");
        this.shared = Objects.requireNonNull(shared, "shared");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.saveCommand = new Command(this::save, Bindings.isNotNull(session));
    }

    // ---- Following the shared workspace -----------------------------------------------------------------

    /**
     * Follows the window's workspace: shows the list once it is open, and reads the list again whenever the stored
     * data changes. Also "Try again" after the scenarios could not be opened.
     */
    public void start() {
        if (!following) {
            following = true;
            shared.stateProperty().addListener(observable -> follow());
            shared.revisionProperty().addListener(observable -> reload());
        }
        follow();
    }

    private void follow() {
        if (workspace != null || opening) {
            return;
        }
        switch (shared.stateProperty().get()) {
            case CLOSED, OPENING -> page.set(Page.OPENING);
            case FAILED -> unavailable("The workspace could not be opened: " + shared.problemProperty().get());
            case OPEN -> openScenariosIn(shared.workspace().orElseThrow());
        }
    }

    private void openScenariosIn(Workspace opened) {
        opening = true;
        page.set(Page.OPENING);
        BackgroundTask.of("Open the scenarios", context -> new Opened(source.over(opened), ScenarioTemplates.bundled()))
                .onSuccess(this::opened)
                .onFailure(error -> unavailable("The scenarios could not be opened: " + error.getMessage()))
                .onFinished(() -> opening = false)
                .executeWith(tasks);
    }

    private void unavailable(String why) {
        unavailable.set(why);
        page.set(Page.UNAVAILABLE);
    }

    private record Opened(ScenarioWorkspace workspace, List<ScenarioTemplates.Template> templates) {
    }

    private void opened(Opened opened) {
        workspace = opened.workspace();
        templates = opened.templates();
        library = new ScenarioLibrary(workspace, tasks, dialogs, notices, entries, shared::changed);
        saving = new ScenarioSaving(workspace, tasks, dialogs, notices, shared::changed);
        usageLoader.set(new UsageLoader(workspace.database().usage(), tasks, dialogs));
        library.refresh(() -> {
            page.set(Page.LIBRARY);
            if (waitingFile != null) {
                Path file = waitingFile;
                waitingFile = null;
                read(file);
            } else if (waitingStoredId != null) {
                long id = waitingStoredId;
                waitingStoredId = null;
                openStored(id);
            }
        });
    }

    /**
     * The stored data changed (here or on another screen): reads the list again. An open scenario stays open; if its
     * stored copy is gone (the sample removed, say), unchanged it closes, and with changes it stays, to be saved anew.
     */
    private void reload() {
        if (library == null) {
            return;
        }
        library.refresh(this::keepOrCloseOpenScenario);
    }

    private void keepOrCloseOpenScenario() {
        ScenarioSession open = session.get();
        if (open == null || open.storedId().isEmpty()) {
            return;
        }
        long id = open.storedId().getAsLong();
        if (entries.stream().anyMatch(entry -> entry.id() == id)) {
            return;
        }
        if (open.dirtyProperty().get()) {
            open.unstored();
            notices.show("\u201c" + open.editor().name() + "\u201d was removed from the workspace; save it to keep your"
                    + " changes");
        } else {
            close();
            page.set(Page.LIBRARY);
        }
    }

    ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    ReadOnlyStringProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    ObservableList<ScenarioEntry> entries() {
        return readOnlyEntries;
    }

    List<ScenarioTemplates.Template> templates() {
        return templates;
    }

    /** An example's scenario name, as the New menu lists it. */
    String templateName(ScenarioTemplates.Template template) {
        try {
            return workspace.service().read(template.text(), template.file()).name();
        } catch (ScenarioFileException broken) {
            return template.file();
        }
    }

    ReadOnlyObjectProperty<ScenarioSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<UsageLoader> usageLoaderProperty() {
        return usageLoader.getReadOnlyProperty();
    }

    public UndoStack undo() {
        return undo;
    }

    public Command saveCommand() {
        return saveCommand;
    }

    // ---- Opening and leaving scenarios -------------------------------------------------------------------

    /** Starts a new, unsaved scenario from an example. */
    void startFrom(ScenarioTemplates.Template template) {
        if (!mayLeave()) {
            return;
        }
        try {
            show(workspace.service().read(template.text(), template.file()), null, null);
        } catch (ScenarioFileException broken) {
            throw new IllegalStateException("the bundled example " + template.file() + " does not read: " + broken.getMessage(),
                    broken);
        }
    }

    void startFromHeadline() {
        templates.stream().filter(t -> t.file().equals(ScenarioTemplates.HEADLINE)).findFirst().ifPresent(this::startFrom);
    }

    void open(ScenarioEntry entry) {
        if (!mayLeave()) {
            return;
        }
        library.load(entry, loaded -> show(loaded.document(), loaded.stored().id(), loaded.stored().json()));
    }

    /** Asks for a scenario file and opens it; one that does not read or resolve is reported with the field it names. */
    void openFile() {
        if (!mayLeave()) {
            return;
        }
        List<Path> chosen = dialogs.chooseFilesToOpen(FileRequest.toOpen("Open a scenario file", ScenarioFiles.TYPES,
                Optional.empty()));
        if (!chosen.isEmpty()) {
            read(chosen.getFirst());
        }
    }

    /**
     * Opens the stored scenario of this id, as picking it in the list does (asking first if unsaved changes would go);
     * the one already open stays as it is. One asked for before the workspace is open waits for it.
     */
    public void openStored(long id) {
        if (workspace == null) {
            waitingStoredId = id;
            return;
        }
        ScenarioSession open = session.get();
        if (open != null && open.storedId().equals(OptionalLong.of(id))) {
            page.set(Page.EDITOR);
            return;
        }
        library.refresh(() -> entries.stream().filter(entry -> entry.id() == id).findFirst().ifPresentOrElse(this::open,
                () -> dialogs.showError(ErrorReport.of("That scenario is no longer in the workspace",
                        "The list shows the scenarios there are now."))));
    }

    /**
     * Opens a scenario file the window handed over (opened, dropped, or passed at start-up), as "Open a file…" does;
     * one that arrives before the workspace is open waits for it.
     */
    public void openFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        if (workspace == null) {
            waitingFile = files.getFirst();
            return;
        }
        if (mayLeave()) {
            read(files.getFirst());
        }
    }

    private void read(Path file) {
        String name = String.valueOf(file.getFileName());
        BackgroundTask.of("Open " + name, context -> {
            ScenarioDocument document = workspace.service().read(ScenarioFiles.read(file), name);
            workspace.service().resolve(document, name);
            return document;
        }).onSuccess(document -> show(document, null, null))
                .onFailure(error -> dialogs.showError(ErrorReport.of(name + " could not be opened", error,
                        error instanceof ScenarioFileException ? "Fix the field named above in the file and open it again."
                                : "Check that the file is there and readable.")))
                .executeWith(tasks);
    }

    /** Back to the list, after asking if there are unsaved changes. */
    void showList() {
        if (!mayLeave()) {
            return;
        }
        close();
        library.refresh(() -> page.set(Page.LIBRARY));
    }

    /** For closing the window: true if there is nothing unsaved, or the user chose to discard it. */
    public boolean confirmClose() {
        return mayLeave();
    }

    private boolean mayLeave() {
        ScenarioSession open = session.get();
        if (open == null || !open.dirtyProperty().get()) {
            return true;
        }
        return dialogs.confirm(new Confirmation("Unsaved changes", "Leave \u201c" + open.editor().name()
                + "\u201d without saving?", "The changes made since it was last saved will be lost. Save it first with "
                + "Ctrl+S to keep them.", "Discard the changes", "Keep editing"));
    }

    private void show(ScenarioDocument document, Long storedId, String savedJson) {
        close();
        session.set(new ScenarioSession(document, storedId, savedJson, undo, workspace, tasks));
        page.set(Page.EDITOR);
    }

    private void close() {
        ScenarioSession open = session.get();
        if (open != null) {
            open.close();
        }
        session.set(null);
        undo.clear();
    }

    // ---- Saving and exporting ----------------------------------------------------------------------------

    /** Saves the open scenario in the workspace under its name: a new one, or over the one it was opened from. */
    public void save() {
        ScenarioSession open = session.get();
        if (open != null) {
            saving.save(open);
        }
    }

    /** Writes the open scenario to a scenario file of the user's choosing. */
    void exportToFile() {
        ScenarioSession open = session.get();
        if (open != null) {
            saving.export(open);
        }
    }

    // ---- The list ------------------------------------------------------------------------------------------

    void rename(ScenarioEntry entry, String newName) {
        library.rename(entry, newName);
    }

    void duplicate(ScenarioEntry entry) {
        library.duplicate(entry);
    }

    void delete(ScenarioEntry entry) {
        library.delete(entry);
    }

    // ---- Edits the form cannot make through a bound field -----------------------------------------------

    OptionEditor addOption(OptionKind kind) {
        return session.get().editor().addOption(kind);
    }

    void removeOption(OptionEditor option) {
        session.get().editor().removeOption(option);
    }

    void moveOption(OptionEditor option, int offset) {
        session.get().editor().moveOption(option, offset);
    }

    /** Takes the workload from the stored usage the loader is set to; one undoable edit. */
    void loadUsage() {
        ScenarioSession open = session.get();
        UsageLoader loader = usageLoader.get();
        if (open == null || loader == null) {
            return;
        }
        loader.load(usage -> {
            if (session.get() == open) {
                undo.execute(UsageLoadJob.of(open.editor(), usage));
            }
        });
    }

    /** Ends an edit gesture (a slider released, a field left): the next edit is an undo step of its own. */
    void endEdit() {
        undo.seal();
    }
}
