package dev.ratecard.ui.usage;

import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.SettingsModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.ui.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Usage screen: the import wizard over everything else while it is open; the stored usage grouped; the import
 * batches; the models no price matched. Everything re-reads the workspace when it opens and whenever its data
 * changes (here or on another screen). Files opened before the workspace is ready wait for it.
 */
public final class UsageViewModel extends ViewModel {
    private final WorkspaceModel workspace;
    private final ImportWizardModel wizard;
    private final BatchListModel batches;
    private final UsageTableModel table;
    private final UnmatchedModelsModel unmatched;
    private final List<Path> waitingForWorkspace = new ArrayList<>();
    private final BooleanBinding empty;

    public UsageViewModel(WorkspaceModel workspace, SettingsModel settings, TaskExecutor tasks, DialogService dialogs,
                          StatusNotices notices) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(settings, "settings");
        this.wizard = new ImportWizardModel(workspace, tasks, dialogs, notices, () -> settings.get().timeZone());
        this.batches = new BatchListModel(workspace, tasks, dialogs, notices, ZoneId::systemDefault);
        this.table = new UsageTableModel(workspace, tasks, dialogs);
        this.unmatched = new UnmatchedModelsModel(workspace, tasks, dialogs, notices);
        this.empty = Bindings.isEmpty(batches.batches());
        workspace.revisionProperty().addListener(observable -> reload());
        workspace.stateProperty().addListener((observable, was, now) -> {
            if (now == WorkspaceModel.State.OPEN && !waitingForWorkspace.isEmpty()) {
                List<Path> files = List.copyOf(waitingForWorkspace);
                waitingForWorkspace.clear();
                wizard.open(files);
            }
        });
    }

    /** Starts taking files from {@code inbox} and reads what the workspace holds. */
    public void start(UsageImportInbox inbox) {
        inbox.deliverTo(this::importFiles);
        reload();
    }

    /** Opens the wizard on {@code files}, once the workspace is open. */
    public void importFiles(List<Path> files) {
        if (workspace.stateProperty().get() == WorkspaceModel.State.OPEN) {
            wizard.open(files);
        } else {
            waitingForWorkspace.addAll(files);
        }
    }

    /** Reads every part of the screen again from the workspace. */
    public void reload() {
        if (workspace.workspace().isEmpty()) {
            return;
        }
        batches.reload();
        table.reload();
        unmatched.reload();
    }

    public ImportWizardModel wizard() {
        return wizard;
    }

    public BatchListModel batches() {
        return batches;
    }

    public UsageTableModel table() {
        return table;
    }

    public UnmatchedModelsModel unmatched() {
        return unmatched;
    }

    public ReadOnlyObjectProperty<WorkspaceModel.State> workspaceStateProperty() {
        return workspace.stateProperty();
    }

    public WorkspaceModel workspace() {
        return workspace;
    }

    /** True while the workspace holds no import at all. */
    public BooleanBinding emptyProperty() {
        return empty;
    }
}
