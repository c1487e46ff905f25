package dev.ratecard.ui.scenarios;

import dev.ratecard.store.NameInUseException;
import dev.ratecard.store.ScenarioRepository;
import dev.ratecard.store.StoredScenario;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.FileRequest;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.scenarios.ScenarioDocument;
import dev.ratecard.workspace.scenarios.ScenarioFileException;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Keeps an open scenario: saving it in the workspace (then telling the other screens) or exporting it to a file.
 * A form that does not make a whole file yet, or a scenario that does not resolve, is not kept, and the user is
 * told which field is wrong.
 */
final class ScenarioSaving {
    private final ScenarioWorkspace workspace;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final StatusNotices notices;
    private final Runnable changed;

    /** @param changed told after a save: the stored data changed */
    ScenarioSaving(ScenarioWorkspace workspace, TaskExecutor tasks, DialogService dialogs, StatusNotices notices,
                   Runnable changed) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    /** Saves the scenario in the workspace under its name: a new one, or over the one it was opened from. */
    void save(ScenarioSession open) {
        Optional<ScenarioDocument> built = built(open, "saved");
        if (built.isEmpty()) {
            return;
        }
        ScenarioDocument document = built.get();
        String json = workspace.service().write(document);
        OptionalLong id = open.storedId();
        BackgroundTask.of("Save " + document.name(), context -> {
            workspace.service().resolve(document, document.name());
            return store(id, document.name(), json);
        }).onSuccess(stored -> {
            open.saved(stored.id(), json);
            notices.show("Saved \u201c" + stored.name() + "\u201d in the workspace");
            changed.run();
        }).onFailure(error -> saveFailed(open, document.name(), error)).executeWith(tasks);
    }

    /** Creates, or renames (first, so that a name in use changes nothing) and saves over the stored one. */
    private StoredScenario store(OptionalLong id, String name, String json) {
        ScenarioRepository repository = workspace.database().scenarios();
        if (id.isEmpty()) {
            return repository.create(name, ScenarioDocument.VERSION, json);
        }
        StoredScenario current = repository.find(id.getAsLong()).orElseThrow(() -> new IllegalStateException(
                "it is no longer in the workspace; export it to a file to keep it"));
        if (!current.name().equals(name.strip())) {
            repository.rename(id.getAsLong(), name);
        }
        return repository.save(id.getAsLong(), ScenarioDocument.VERSION, json);
    }

    private void saveFailed(ScenarioSession open, String name, Throwable error) {
        switch (error) {
            case NameInUseException inUse -> dialogs.showError(ErrorReport.of("There is already a scenario named \u201c"
                    + inUse.name() + "\u201d", "Change the name at the top of the form, or open the other one from the list."));
            case ScenarioFileException e -> {
                open.editor().showProblem(e);
                dialogs.showError(ErrorReport.of("\u201c" + name + "\u201d cannot be saved: " + e.path() + ": " + e.reason(),
                        "Fix the field marked in red and save again."));
            }
            default -> dialogs.showError(ErrorReport.of("\u201c" + name + "\u201d could not be saved", error,
                    "Try again; if it keeps failing, export it to a file so that nothing is lost."));
        }
    }

    /** The file the form makes, or empty after saying why it cannot be {@code done} yet. */
    private Optional<ScenarioDocument> built(ScenarioSession open, String done) {
        Optional<ScenarioDocument> built = open.document();
        if (built.isEmpty()) {
            dialogs.showError(ErrorReport.of("\u201c" + open.editor().name() + "\u201d cannot be " + done + " yet",
                    open.editor().whyNotBuilt().orElse("Fix the fields marked in red.")));
        }
        return built;
    }

    /** Writes the scenario to a scenario file of the user's choosing. */
    void export(ScenarioSession open) {
        Optional<ScenarioDocument> built = built(open, "exported");
        if (built.isEmpty()) {
            return;
        }
        String json = workspace.service().write(built.get());
        Optional<Path> target = dialogs.chooseFileToSave(new FileRequest("Export the scenario to a file", ScenarioFiles.TYPES,
                Optional.empty(), ScenarioFiles.suggestedName(built.get().name())));
        target.ifPresent(file -> BackgroundTask.of("Export " + file.getFileName(), context -> {
            ScenarioFiles.write(file, json);
            return file;
        }).onSuccess(written -> notices.show("Exported \u201c" + built.get().name() + "\u201d to " + written))
                .onFailure(error -> dialogs.showError(ErrorReport.of(file.getFileName() + " could not be written", error,
                        "Choose a folder you can write to and export again.")))
                .executeWith(tasks));
    }
}
