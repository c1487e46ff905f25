package dev.ratecard.ui.overview;

import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.Navigator;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.usage.ScenarioFindings;
import dev.ratecard.workspace.usage.WorkspaceFigures;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The Overview: what the workspace's usage cost (by month, provider, route, model), its monthly volume, the top
 * findings of its stored scenarios, and the reconciliation of reported against recomputed cost. Worked out in the
 * background whenever the workspace opens or its data changes. An empty workspace offers to import an export or to
 * open the sample; the sample, while installed, can be removed from here.
 */
public final class OverviewViewModel extends ViewModel {
    /** What the screen shows. */
    public enum State { WAITING, LOADING, EMPTY, READY, FAILED }

    /** The screen scenario findings link to. */
    static final String SCENARIOS = "scenarios";
    /** The screen that imports usage and maps unmatched models. */
    static final String USAGE = "usage";

    private final WorkspaceModel workspace;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);
    private final ReadOnlyObjectWrapper<OverviewFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private BackgroundTask<?> loading;

    public OverviewViewModel(WorkspaceModel workspace, TaskExecutor tasks, DialogService dialogs, Navigator navigator,
                             Clock clock) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.clock = Objects.requireNonNull(clock, "clock");
        workspace.revisionProperty().addListener(observable -> reload());
        workspace.stateProperty().addListener((observable, was, now) -> {
            if (now == WorkspaceModel.State.FAILED) {
                state.set(State.FAILED);
            }
        });
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The figures shown; {@code null} until first worked out. */
    public ReadOnlyObjectProperty<OverviewFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sampleInstalledProperty() {
        return workspace.sampleInstalledProperty();
    }

    public WorkspaceModel workspace() {
        return workspace;
    }

    /** Whether a finding can open its scenario: the window has a Scenarios screen. */
    public boolean canOpenScenarios() {
        return navigator.has(SCENARIOS);
    }

    /** Works the figures out again in the background (a reload under way is replaced). */
    public void reload() {
        Optional<Workspace> open = workspace.workspace();
        if (open.isEmpty()) {
            state.set(workspace.stateProperty().get() == WorkspaceModel.State.FAILED ? State.FAILED : State.WAITING);
            return;
        }
        if (loading != null) {
            loading.cancel();
        }
        if (figures.get() == null) {
            state.set(State.LOADING);
        }
        BackgroundTask<OverviewFigures> task = BackgroundTask.withProgress("Work out the overview",
                progress -> OverviewFigures.of(WorkspaceFigures.of(open.get(), clock, progress),
                        new ScenarioFindings(open.get().scenarios()).of(open.get().database().scenarios())));
        loading = task;
        task.onSuccess(worked -> {
                    figures.set(worked);
                    state.set(worked.hasUsage() || worked.hasScenarios() ? State.READY : State.EMPTY);
                })
                .onFailure(error -> {
                    state.set(State.FAILED);
                    dialogs.showError(ErrorReport.of("The overview could not be worked out", error,
                            "Try again; if it keeps failing, restore the workspace from its backup."));
                })
                .onFinished(() -> {
                    if (loading == task) {
                        loading = null;
                    }
                })
                .executeWith(tasks);
    }

    /** File › Open or import…, whose files go to the Usage screen's wizard. */
    public void importUsage() {
        navigator.chooseFilesToOpen();
    }

    public void openSample() {
        workspace.installSample();
    }

    public void removeSample() {
        workspace.removeSample();
    }

    /** Shows the Scenarios screen with the finding's scenario open. */
    public void openScenario(FindingRow finding) {
        Objects.requireNonNull(finding, "finding");
        navigator.show(SCENARIOS, String.valueOf(finding.scenarioId()));
    }

    /** Shows the Usage screen, where unmatched models are mapped. */
    public void showUsage() {
        navigator.show(USAGE);
    }
}
