package dev.ratecard.ui.screen;

import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.ui.dialog.ScriptedDialogService;
import dev.ratecard.ui.task.FxTaskExecutor;
import dev.ratecard.ui.theme.ThemeManager;
import dev.ratecard.workspace.Workspace;
import dev.ratecard.workspace.catalogue.BundledCatalogue;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One screen in a window of its own, as the main window hosts it, with its work on real background threads, the
 * workspace opened after the window shows (as the app does) in a test's folder, and scripted dialogs: what the
 * screens' TestFX flows drive. Dates are today's, so the sample covers the three months before this one.
 */
public final class OneScreenWindow {
    public final ScriptedDialogService dialogs = new ScriptedDialogService();
    public final List<String> notices = new CopyOnWriteArrayList<>();
    public final FxTaskExecutor tasks = FxTaskExecutor.onFxThread(2);
    public final WorkspaceModel workspace = new WorkspaceModel(tasks, dialogs, notices::add);

    private OneScreenWindow() {
    }

    /** Shows {@code screen} in {@code stage}, then opens the workspace of {@code folder}, with the sample if asked. */
    public static OneScreenWindow show(Stage stage, Screen screen, Path folder, boolean sampleOnFirstRun) {
        OneScreenWindow window = new OneScreenWindow();
        Settings settings = Settings.defaults(folder).withTheme(ThemePreference.LIGHT);
        SettingsModel model = new SettingsModel(new InMemorySettingsRepository(settings), settings);
        ScreenContext context = new ScreenContext(window.tasks, window.dialogs, model, window.notices::add, window.workspace,
                Navigator.NONE);
        Scene scene = new Scene(new StackPane(screen.createView(context).root()), 1280, 800);
        new ThemeManager(ThemePreference.LIGHT, false).style(scene);
        stage.setScene(scene);
        stage.show();
        window.workspace.open(() -> new Workspace(WorkspaceDatabase.open(folder.resolve("workspace.db")), BundledCatalogue.load(),
                ZoneOffset.UTC), sampleOnFirstRun);
        return window;
    }

    /** Waits for the background work to stop, then closes the workspace. */
    public void close() throws InterruptedException {
        tasks.shutdown();
        tasks.awaitTermination(Duration.ofSeconds(30));
        Platform.runLater(workspace::close);
    }
}
