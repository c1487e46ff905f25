package dev.ratecard.ui.screen;

import dev.ratecard.ui.dialog.Confirmation;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.mvvm.Command;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.TaskExecutor;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.sample.SampleWorkspace;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The workspace as the window sees it: opened in the background after the window shows, then shared by every
 * screen. {@link #revisionProperty()} counts changes to the stored data, so that a screen showing it reloads when
 * another screen imports, deletes or maps something. Also owns the sample data: installed by itself on a first
 * start (a workspace that holds nothing and never held the sample), added or removed on request, removal asked first.
 *
 * <p>Changes made outside the window (the command line, another Ratecard on the same workspace) are found by
 * {@link #checkForOutsideChanges()}, which the window calls whenever it gains focus: the screens then reload as they
 * do after a change of their own.
 */
public final class WorkspaceModel {
    /** Where the workspace is. */
    public enum State { CLOSED, OPENING, OPEN, FAILED }

    /** Opens the workspace; runs on a background thread. */
    @FunctionalInterface
    public interface Opener {
        Workspace open() throws Exception;
    }

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final StatusNotices notices;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.CLOSED);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper sampleInstalled = new ReadOnlyBooleanWrapper(this, "sampleInstalled");
    private final ReadOnlyBooleanWrapper sampleBusy = new ReadOnlyBooleanWrapper(this, "sampleBusy");
    private final Command installSample;
    private final Command removeSample;
    /** Set on the FX thread; volatile because background tasks (a report's reads among them) ask for it too. */
    private volatile Workspace workspace;
    /** The workspace's data version at the window's last look; see {@link #checkForOutsideChanges}. */
    private long seenVersion;
    /**
     * Whether the window itself may have written since the last look began, through a connection of its own (an
     * import's) whose commits move the data version too: a change then found is reloaded, but not called outside.
     */
    private boolean ownWritesSinceLook;
    /** The window's own writes through connections of their own that have begun and not yet ended. */
    private int writesUnderWay;
    private boolean looking;
    private boolean lookAgain;

    public WorkspaceModel(TaskExecutor tasks, DialogService dialogs, StatusNotices notices) {
        this(tasks, dialogs, notices, Clock.systemUTC());
    }

    /** @param clock what month it is, which decides the sample's three months */
    public WorkspaceModel(TaskExecutor tasks, DialogService dialogs, StatusNotices notices, Clock clock) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.installSample = new Command(this::installSample, Bindings.createBooleanBinding(
                () -> state.get() == State.OPEN && !sampleInstalled.get() && !sampleBusy.get(), state, sampleInstalled, sampleBusy));
        this.removeSample = new Command(this::removeSample, Bindings.createBooleanBinding(
                () -> state.get() == State.OPEN && sampleInstalled.get() && !sampleBusy.get(), state, sampleInstalled, sampleBusy));
    }

    private record Opened(Workspace workspace, boolean firstRun, boolean sampleInstalled, long dataVersion) {
    }

    /**
     * Opens the workspace in the background; on a first start, with {@code sampleOnFirstRun}, then adds the sample.
     * A workspace that cannot be opened is explained, and the screens say so too.
     */
    public void open(Opener opener, boolean sampleOnFirstRun) {
        Objects.requireNonNull(opener, "opener");
        if (state.get() == State.OPENING || state.get() == State.OPEN) {
            throw new IllegalStateException("the workspace is " + state.get().name().toLowerCase(Locale.ROOT));
        }
        state.set(State.OPENING);
        ownWritesSinceLook = false;
        lookAgain = false;
        BackgroundTask.of("Opening the workspace", context -> {
                    Workspace opened = opener.open();
                    return new Opened(opened, opened.sample().isFirstRun(), opened.sample().isInstalled(),
                            opened.database().dataVersion());
                })
                .onSuccess(opened -> {
                    workspace = opened.workspace();
                    seenVersion = opened.dataVersion();
                    sampleInstalled.set(opened.sampleInstalled());
                    state.set(State.OPEN);
                    revision.set(revision.get() + 1);
                    if (sampleOnFirstRun && opened.firstRun()) {
                        installSample();
                    }
                })
                .onFailure(error -> {
                    problem.set(String.valueOf(error.getMessage()));
                    state.set(State.FAILED);
                    dialogs.showError(ErrorReport.of("The workspace could not be opened", error,
                            "Choose another data folder in Settings, or restore the workspace from its backup."));
                })
                .executeWith(tasks);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the workspace could not be opened; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Goes up by one whenever the stored data changes. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sampleInstalledProperty() {
        return sampleInstalled.getReadOnlyProperty();
    }

    /** True while the sample is being added or removed. */
    public ReadOnlyBooleanProperty sampleBusyProperty() {
        return sampleBusy.getReadOnlyProperty();
    }

    /** The open workspace; empty while it opens or if it could not be opened. */
    public Optional<Workspace> workspace() {
        return Optional.ofNullable(workspace);
    }

    /** A screen changed the stored data: every screen showing it reloads. */
    public void changed() {
        ownWritesSinceLook = true;
        revision.set(revision.get() + 1);
    }

    /**
     * The window begins a write through a connection of its own (an import commits on one, the sample's install
     * several): until {@link #written()}, what such writes do to the data version is not news from outside. Every
     * call is matched by one to {@link #written()}, whatever the outcome.
     */
    public void writing() {
        writesUnderWay++;
        ownWritesSinceLook = true;
    }

    /**
     * A write begun with {@link #writing()} has ended, stored or not: every screen showing the data reloads, as the
     * write may have changed it even where it failed half way (a sample install removes what it had added).
     */
    public void written() {
        if (writesUnderWay == 0) {
            throw new IllegalStateException("written() without writing()");
        }
        writesUnderWay--;
        changed();
    }

    /**
     * Looks, in the background, whether another connection committed a change since the last look (SQLite's data
     * version); if one did, every screen showing the data reloads, and when the window wrote nothing of its own
     * meanwhile, the status bar says the change came from outside (the command line, another Ratecard). A change is
     * never taken as seen without a reload. Asked while a look is under way, it looks again when that one ends.
     */
    public void checkForOutsideChanges() {
        Workspace target = workspace;
        if (target == null) {
            return;
        }
        if (looking) {
            lookAgain = true;
            return;
        }
        boolean ownWrites = ownWritesSinceLook;
        ownWritesSinceLook = false;
        BackgroundTask<Long> look = BackgroundTask.of("Check the workspace for changes", context -> target.database().dataVersion())
                .quiet()
                .onSuccess(version -> {
                    if (workspace != target || version == seenVersion) {
                        return;
                    }
                    seenVersion = version;
                    revision.set(revision.get() + 1);
                    if (!ownWrites && !ownWritesSinceLook && writesUnderWay == 0) {
                        notices.show("The workspace was changed outside this window (by the command line or another"
                                + " Ratecard); the screens show the change");
                    }
                })
                // Nothing is taken as seen; the next look tries again, and the screens' own reads report errors.
                .onFailure(error -> ownWritesSinceLook |= ownWrites)
                .onCancelled(() -> ownWritesSinceLook |= ownWrites)
                .onFinished(() -> {
                    looking = false;
                    if (lookAgain) {
                        lookAgain = false;
                        checkForOutsideChanges();
                    }
                });
        looking = true;
        try {
            look.executeWith(tasks);
        } catch (IllegalStateException closing) {
            // The app is shutting down and takes no more work; there is nothing left to show.
            looking = false;
            ownWritesSinceLook |= ownWrites;
        }
    }

    public Command installSampleCommand() {
        return installSample;
    }

    public Command removeSampleCommand() {
        return removeSample;
    }

    /** Adds the sample's three months and its scenario, in the background. */
    public void installSample() {
        if (!installSample.enabled().get()) {
            return;
        }
        Workspace target = workspace;
        sampleBusy.set(true);
        writing();
        BackgroundTask.withProgress("Adding the sample workspace",
                        progress -> target.sample().install(SampleWorkspace.firstMonthBefore(clock), progress))
                .onSuccess(installed -> {
                    sampleInstalled.set(true);
                    notices.show("Added the sample workspace: " + installed.batches().size() + " usage exports"
                            + installed.scenario().map(s -> " and the scenario \u201c" + s.name() + "\u201d").orElse(""));
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("The sample workspace could not be added", error,
                        "Nothing of it was kept. Import your own usage exports with File \u203a Open or import\u2026")))
                .onFinished(() -> {
                    sampleBusy.set(false);
                    written();
                })
                .executeWith(tasks);
    }

    /** Asks, then deletes exactly the sample's imports and its scenario (if unchanged), in the background. */
    public void removeSample() {
        if (!removeSample.enabled().get()) {
            return;
        }
        boolean sure = dialogs.confirm(new Confirmation("Remove the sample data", "Remove the sample data from the workspace?",
                "Ratecard deletes the sample's imported usage and its scenario, unless you have changed the scenario; then"
                        + " it stays as yours. Your own imports and scenarios are not touched.",
                "Remove the sample data", "Keep it"));
        if (!sure) {
            return;
        }
        Workspace target = workspace;
        sampleBusy.set(true);
        writing();
        BackgroundTask.of("Removing the sample data", context -> target.sample().remove())
                .onSuccess(removed -> {
                    sampleInstalled.set(false);
                    notices.show("Removed the sample data: " + removed.batches() + " imports"
                            + (removed.scenario() ? " and its scenario" : "")
                            + removed.keptScenario().map(name -> "; kept your changed scenario \u201c" + name + "\u201d").orElse(""));
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("The sample data could not be removed", error,
                        "Try again; what was removed already stays removed.")))
                .onFinished(() -> {
                    sampleBusy.set(false);
                    written();
                })
                .executeWith(tasks);
    }

    /** Closes the workspace's database; for the end of the app. */
    public void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
            state.set(State.CLOSED);
        }
    }
}
