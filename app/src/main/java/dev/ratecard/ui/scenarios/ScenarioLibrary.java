package dev.ratecard.ui.scenarios;

import dev.ratecard.store.NameInUseException;
import dev.ratecard.store.ScenarioRepository;
import dev.ratecard.store.ScenarioSummary;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.ui.dialog.Confirmation;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.scenarios.OptionDocument;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;
import dev.ratecard.workspace.scenarios.ScenarioService;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The scenarios kept in the workspace, as the list shows them, and what can be done to them there: rename,
 * duplicate, delete (after asking). Every change goes to the database in the background and is then announced, so
 * that the list here and the figures elsewhere are read again. A stored scenario keeps its name inside its JSON too, so that exporting it writes the name it has.
 */
final class ScenarioLibrary {
    private final ScenarioService service;
    private final ScenarioRepository repository;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final StatusNotices notices;
    private final ObservableList<ScenarioEntry> entries;
    private final Runnable changed;

    /**
     * @param entries the list to keep filled, owned by the view model
     * @param changed told after every change to a stored scenario; reads the list again, here and on other screens
     */
    ScenarioLibrary(ScenarioWorkspace workspace, TaskExecutor tasks, DialogService dialogs, StatusNotices notices,
                    ObservableList<ScenarioEntry> entries, Runnable changed) {
        this.service = workspace.service();
        this.repository = workspace.database().scenarios();
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    /** Reads the list again; {@code then} runs after it is shown. */
    void refresh(Runnable then) {
        BackgroundTask.of("Read the scenario list", context -> read())
                .onSuccess(list -> {
                    entries.setAll(list);
                    then.run();
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("The scenario list could not be read", error,
                        "Check that the workspace's folder is still there and readable, then switch screens to try again.")))
                .executeWith(tasks);
    }

    private List<ScenarioEntry> read() {
        List<ScenarioEntry> list = new ArrayList<>();
        for (ScenarioSummary summary : repository.list()) {
            List<String> options = repository.find(summary.id()).map(this::optionNames).orElse(List.of());
            list.add(new ScenarioEntry(summary.id(), summary.name(), options, summary.updatedAt()));
        }
        return list;
    }

    private List<String> optionNames(StoredScenario stored) {
        try {
            return service.read(stored.json(), stored.name()).options().stream().map(OptionDocument::name).toList();
        } catch (ScenarioFileException unreadable) {
            return List.of();
        }
    }

    /** Loads a stored scenario's file; an unreadable one is reported with the field it names. */
    void load(ScenarioEntry entry, Consumer<Loaded> then) {
        BackgroundTask.of("Open " + entry.name(), context -> {
            StoredScenario stored = repository.find(entry.id()).orElseThrow(() -> new IllegalStateException(
                    "\u201c" + entry.name() + "\u201d is no longer in the workspace"));
            return new Loaded(stored, service.read(stored.json(), stored.name()));
        }).onSuccess(then).onFailure(error -> {
            dialogs.showError(ErrorReport.of("\u201c" + entry.name() + "\u201d could not be opened", error,
                    "If another Ratecard changed the workspace, the list below is now up to date."));
            refresh(() -> { });
        }).executeWith(tasks);
    }

    /** A stored scenario read back: the row and its file. */
    record Loaded(StoredScenario stored, ScenarioDocument document) {
    }

    void rename(ScenarioEntry entry, String newName) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.equals(entry.name())) {
            return;
        }
        change("Rename " + entry.name(), () -> {
            StoredScenario stored = repository.find(entry.id()).orElseThrow();
            ScenarioDocument doc = service.read(stored.json(), stored.name());
            repository.rename(entry.id(), name);
            repository.save(entry.id(), ScenarioDocument.VERSION, service.write(named(doc, name)));
            return "Renamed \u201c" + entry.name() + "\u201d to \u201c" + name + "\u201d";
        }, "\u201c" + entry.name() + "\u201d could not be renamed");
    }

    void duplicate(ScenarioEntry entry) {
        Set<String> taken = entries.stream().map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String name = copyName(entry.name(), taken);
        change("Duplicate " + entry.name(), () -> {
            StoredScenario stored = repository.find(entry.id()).orElseThrow();
            ScenarioDocument doc = service.read(stored.json(), stored.name());
            repository.create(name, ScenarioDocument.VERSION, service.write(named(doc, name)));
            return "Made \u201c" + name + "\u201d, a copy of \u201c" + entry.name() + "\u201d";
        }, "\u201c" + entry.name() + "\u201d could not be duplicated");
    }

    void delete(ScenarioEntry entry) {
        boolean sure = dialogs.confirm(new Confirmation("Delete scenario", "Delete \u201c" + entry.name() + "\u201d?",
                "It is removed from the workspace for good. Files you exported from it stay where they are.",
                "Delete it", "Keep it"));
        if (!sure) {
            return;
        }
        change("Delete " + entry.name(), () -> {
            repository.delete(entry.id());
            return "Deleted \u201c" + entry.name() + "\u201d";
        }, "\u201c" + entry.name() + "\u201d could not be deleted");
    }

    /** "X (copy)", else "X (copy 2)", … : a name no entry has, ignoring case as the store does. */
    static String copyName(String name, Set<String> takenLowerCase) {
        String candidate = name + " (copy)";
        for (int n = 2; takenLowerCase.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + " (copy " + n + ")";
        }
        return candidate;
    }

    static ScenarioDocument named(ScenarioDocument doc, String name) {
        return new ScenarioDocument(doc.format(), doc.version(), name, doc.description(), doc.workload(), doc.options(),
                doc.focus(), doc.volumeGrid(), doc.projection(), doc.sensitivity());
    }

    private interface Change {
        String run() throws Exception;
    }

    private void change(String title, Change work, String failure) {
        BackgroundTask.of(title, context -> work.run())
                .onSuccess(notice -> {
                    notices.show(notice);
                    changed.run();
                })
                .onFailure(error -> dialogs.showError(error instanceof NameInUseException inUse
                        ? ErrorReport.of("There is already a scenario named \u201c" + inUse.name() + "\u201d",
                                "Choose another name.")
                        : ErrorReport.of(failure, error, "Try again; if it keeps failing, check the workspace's folder.")))
                .executeWith(tasks);
    }
}
