package dev.ratecard.ui;

import dev.ratecard.platform.AppDirectories;
import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.dialog.ErrorReport;
import dev.ratecard.ui.dialog.FxDialogService;
import dev.ratecard.ui.screen.AppCommand;
import dev.ratecard.ui.screen.ScreenContext;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.ui.screen.SettingsModel;
import dev.ratecard.ui.screen.StatusNotices;
import dev.ratecard.ui.screen.WorkspaceModel;
import dev.ratecard.ui.shell.MainWindowView;
import dev.ratecard.ui.shell.MainWindowViewModel;
import dev.ratecard.ui.shell.StatusBarViewModel;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.FxTaskExecutor;
import dev.ratecard.ui.theme.SystemTheme;
import dev.ratecard.ui.theme.ThemeManager;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.settings.DataFolderCheck;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import dev.ratecard.workspace.settings.LoadedSettings;
import dev.ratecard.workspace.settings.SettingsRepository;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The desktop application: the composition root that builds the main window and its services. The window is
 * shown first; the workspace is prepared afterwards, in the background, with its progress in the status bar,
 * so the first frame does not wait for disk. Not a JavaFX {@code Application}: the toolkit is started with
 * {@link Platform#startup}, so this class takes its collaborators through its constructor.
 */
public final class DesktopApp {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private static final int TASK_THREADS = 2;
    private static final Duration TASKS_STOP_ON_EXIT = Duration.ofSeconds(3);
    private static final long SYSTEM_THEME_WAIT_MILLIS = 400;
    /**
     * When {@code true}, the window closes itself once its first screen is laid out and the process ends: what
     * start-up measurements, the installers' class-data-sharing training run and their launch check need.
     */
    public static final String CLOSE_WHEN_SHOWN_PROPERTY = "ratecard.closeWhenShown";

    private final SettingsRepository settingsRepository;
    private final ScreenRegistry screens;
    private final boolean sampleOnFirstRun;
    private final FxTaskExecutor executor = FxTaskExecutor.onFxThread(TASK_THREADS);
    private WorkspaceModel workspace;

    /** A window over the workspace as it is: a first start stays empty (the windows tests open). */
    public DesktopApp(SettingsRepository settingsRepository, ScreenRegistry screens) {
        this(settingsRepository, screens, false);
    }

    /**
     * @param sampleOnFirstRun on a first start (a workspace that holds nothing and never held the sample), add the
     *                         sample workspace in the background once the workspace is open, as the app does
     */
    public DesktopApp(SettingsRepository settingsRepository, ScreenRegistry screens, boolean sampleOnFirstRun) {
        this.settingsRepository = Objects.requireNonNull(settingsRepository, "settingsRepository");
        this.screens = Objects.requireNonNull(screens, "screens");
        this.sampleOnFirstRun = sampleOnFirstRun;
    }

    /**
     * Opens the window, and then {@code scenarioFile} in it when one is given. Settings are read and the desktop
     * is asked for its theme while the toolkit starts, so neither delays the first frame.
     */
    public static void open(Optional<Path> scenarioFile) {
        AppDirectories directories = AppDirectories.forThisProcess();
        JsonSettingsRepository repository = JsonSettingsRepository.in(directories.configDir(), directories.dataDir());
        CompletableFuture<LoadedSettings> settings = CompletableFuture.supplyAsync(repository::load);
        CompletableFuture<Boolean> systemDark = CompletableFuture.supplyAsync(SystemTheme::prefersDark)
                .completeOnTimeout(false, SYSTEM_THEME_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        boolean closeWhenShown = Boolean.getBoolean(CLOSE_WHEN_SHOWN_PROPERTY);
        // A run that only measures or checks the start-up leaves the workspace as it found it.
        Platform.startup(() -> new DesktopApp(repository, AppScreens.standard(), !closeWhenShown)
                .startFrameFirst(new Stage(), settings.join(), systemDark.join(), scenarioFile, closeWhenShown));
    }

    /** Builds and shows the main window on {@code stage}, its screen included; call on the FX thread. */
    public MainWindowView start(Stage stage, LoadedSettings loaded, boolean systemPrefersDark) {
        return start(stage, loaded, systemPrefersDark, Optional.empty());
    }

    /** As {@link #start(Stage, LoadedSettings, boolean)}, then opens {@code fileToOpen} as a file the desktop passed. */
    public MainWindowView start(Stage stage, LoadedSettings loaded, boolean systemPrefersDark, Optional<Path> fileToOpen) {
        OpenWindow window = build(stage, loaded, systemPrefersDark);
        window.view().show();
        prepareWorkspace(loaded, window);
        fileToOpen.ifPresent(window.model()::openOnStart);
        return window.view();
    }

    /**
     * Shows the window's frame first and its screen on the next turn of the FX thread, after the first frame
     * has been drawn: the window appears before the screen's controls are built and styled.
     */
    private void startFrameFirst(Stage stage, LoadedSettings loaded, boolean systemPrefersDark,
            Optional<Path> fileToOpen, boolean closeWhenShown) {
        OpenWindow window = build(stage, loaded, systemPrefersDark);
        afterFirstFrame(stage.getScene(), () -> {
            LOG.info("First frame laid out {} ms after the JVM started", ManagementFactory.getRuntimeMXBean().getUptime());
            Platform.runLater(() -> {
                window.view().showContent();
                prepareWorkspace(loaded, window);
                if (closeWhenShown) {
                    // Not from inside the pulse: the toolkit cannot stop in the middle of one.
                    afterFirstFrame(stage.getScene(), () -> Platform.runLater(DesktopApp::hideAllWindows));
                }
                fileToOpen.ifPresent(window.model()::openOnStart);
            });
        });
        window.view().showFrame();
    }

    /** The window and the services the start-up step reports through. */
    private record OpenWindow(MainWindowView view, MainWindowViewModel model, SettingsModel settings,
            DialogService dialogs, StatusNotices notices, WorkspaceModel workspace) {
    }

    private OpenWindow build(Stage stage, LoadedSettings loaded, boolean systemPrefersDark) {
        SettingsModel settings = new SettingsModel(settingsRepository, loaded.settings());
        ThemeManager theme = new ThemeManager(loaded.settings().theme(), systemPrefersDark);
        DialogService dialogs = new FxDialogService(stage, theme.stylesheets());
        StatusBarViewModel status = new StatusBarViewModel(executor.activity());
        workspace = new WorkspaceModel(executor, dialogs, status);
        WorkspaceModel shared = workspace;
        // Back from a terminal (or another Ratecard), the screens show what was imported there.
        stage.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                shared.checkForOutsideChanges();
            }
        });
        WindowNavigator navigator = new WindowNavigator(screens);
        ScreenContext context = new ScreenContext(executor, dialogs, settings, status, workspace, navigator);
        MainWindowViewModel model = new MainWindowViewModel(screens, settings, dialogs, executor.activity(),
                ScreenFiles.of(screens, navigator), status);
        navigator.attach(model);
        List<AppCommand> workspaceCommands = List.of(
                new AppCommand("menu-add-sample", "_Add the sample data", workspace.installSampleCommand()),
                new AppCommand("menu-remove-sample", "Re_move the sample data\u2026", workspace.removeSampleCommand()));
        return new OpenWindow(new MainWindowView(stage, model, status, context, theme, workspaceCommands, this::shutDown),
                model, settings, dialogs, status, workspace);
    }

    /**
     * After the window is up: makes sure the data folder can hold the workspace, tells the user about settings that
     * could not be read, then opens the workspace database for the screens (adding the sample on a first start).
     */
    private void prepareWorkspace(LoadedSettings loaded, OpenWindow window) {
        DialogService dialogs = window.dialogs();
        Path folder = window.settings().get().dataFolder();
        ZoneId zone = window.settings().get().timeZone();
        BackgroundTask.of("Opening the workspace", context -> {
            context.updateMessage(folder.toString());
            Files.createDirectories(folder);
            DataFolderCheck.problemWith(folder).ifPresent(problem -> {
                throw new IllegalStateException(problem);
            });
            return folder;
        }).onSuccess(ready -> {
                    window.notices().show("Ready. The workspace is in " + ready);
                    window.workspace().open(() -> Workspace.open(ready, zone), sampleOnFirstRun);
                })
                .onFailure(error -> dialogs.showError(ErrorReport.of("Ratecard cannot use its data folder " + folder, error,
                "Choose another folder in Settings; Ratecard uses it from its next start.")))
                .onFinished(() -> reportSettingsProblems(loaded, dialogs))
                .executeWith(executor);
    }

    private static void reportSettingsProblems(LoadedSettings loaded, DialogService dialogs) {
        if (loaded.hasProblems()) {
            dialogs.showError(ErrorReport.of("Some of your settings could not be read",
                    String.join("\n\n", loaded.problems()) + "\n\nCheck them in Settings."));
        }
    }

    private void shutDown() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(TASKS_STOP_ON_EXIT)) {
                LOG.warn("Background tasks did not stop within {}; closing anyway", TASKS_STOP_ON_EXIT);
                return;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        // Only once no task uses it any more; a task still running keeps it (the process ends anyway).
        if (workspace != null) {
            workspace.close();
        }
    }

    /**
     * Newest first, so that a dialog's wait ends before its owner goes; the toolkit then exits as after the last
     * window closes. {@link Platform#exit} instead would wait forever for a dialog that waits in turn.
     */
    private static void hideAllWindows() {
        List<Window> windows = new ArrayList<>(Window.getWindows());
        Collections.reverse(windows);
        windows.forEach(Window::hide);
    }

    private static void afterFirstFrame(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
