package dev.ratecard.ui.usage;

import dev.ratecard.store.ImportBatch;
import dev.ratecard.ui.dialog.Confirmation;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The workspace's import batches, newest first, the sample's marked; the issues of the selected one; deleting one
 * (asked first) takes its rows and issues out, after which its file can be imported again.
 */
public final class BatchListModel extends ViewModel {
    private final WorkspaceModel workspace;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final StatusNotices notices;
    private final Supplier<ZoneId> localZone;
    private final ObservableList<BatchRow> batches = FXCollections.observableArrayList();
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final ObjectProperty<BatchRow> selected = new SimpleObjectProperty<>(this, "selected");

    /** @param localZone the zone import times are shown in */
    public BatchListModel(WorkspaceModel workspace, TaskExecutor tasks, DialogService dialogs, StatusNotices notices,
                          Supplier<ZoneId> localZone) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.localZone = Objects.requireNonNull(localZone, "localZone");
        selected.addListener((observable, was, now) -> showIssues(now));
    }

    public ObservableList<BatchRow> batches() {
        return batches;
    }

    /** The issues the reader found in the selected batch's file, kept with it. */
    public ObservableList<IssueRow> issues() {
        return issues;
    }

    public ObjectProperty<BatchRow> selectedProperty() {
        return selected;
    }

    private record Loaded(List<ImportBatch> batches, Set<Long> sample) {
    }

    /** Reads the batch list in the background. */
    public void reload() {
        Optional<Workspace> open = workspace.workspace();
        if (open.isEmpty()) {
            batches.clear();
            return;
        }
        ZoneId zone = localZone.get();
        BackgroundTask.of("Read the import batches",
                        context -> new Loaded(open.get().database().batches().list(), open.get().sample().batchIds()))
                .onSuccess(loaded -> {
                    Long keep = selected.get() == null ? null : selected.get().id();
                    batches.setAll(loaded.batches().stream()
                            .map(batch -> BatchRow.of(batch, loaded.sample().contains(batch.id()), zone)).toList());
                    selected.set(batches.stream().filter(row -> Long.valueOf(row.id()).equals(keep)).findFirst().orElse(null));
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("The import batches could not be read", error,
                        "Try again; if it keeps failing, restore the workspace from its backup.")))
                .executeWith(tasks);
    }

    /** Asks, then deletes the selected batch with its rows and issues. */
    public void deleteSelected() {
        BatchRow doomed = selected.get();
        Optional<Workspace> open = workspace.workspace();
        if (doomed == null || open.isEmpty()) {
            return;
        }
        boolean sure = dialogs.confirm(new Confirmation("Delete import batch",
                "Delete batch " + doomed.id() + " (" + doomed.file() + ")?",
                "Its " + ImportFigures.count(doomed.rows()) + " rows and their issues leave the workspace, and every figure"
                        + " is recomputed without them. The file itself is not touched; you can import it again.",
                "Delete the batch", "Keep it"));
        if (!sure) {
            return;
        }
        BackgroundTask.of("Delete batch " + doomed.id(), context -> open.get().database().batches().delete(doomed.id()))
                .onSuccess(deleted -> {
                    notices.show(deleted ? "Deleted batch " + doomed.id() + " (" + doomed.file() + ")"
                            : "Batch " + doomed.id() + " was already gone");
                    selected.set(null);
                    workspace.changed();
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("Batch " + doomed.id() + " could not be deleted", error,
                        "Nothing was deleted. Try again.")))
                .executeWith(tasks);
    }

    private void showIssues(BatchRow batch) {
        issues.clear();
        Optional<Workspace> open = workspace.workspace();
        if (batch == null || batch.withIssues() == 0 || open.isEmpty()) {
            return;
        }
        BackgroundTask.of("Read the issues of batch " + batch.id(), context -> open.get().database().batches().issues(batch.id()))
                .onSuccess(found -> {
                    if (selected.get() == batch) {
                        issues.setAll(found.stream().map(IssueRow::of).toList());
                    }
                })
                .executeWith(tasks);
    }
}
