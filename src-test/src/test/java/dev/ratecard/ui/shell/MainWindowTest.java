package dev.ratecard.ui.shell;

import dev.ratecard.ui.dialog.ScriptedDialogService;
import dev.ratecard.ui.screen.Screen;
import dev.ratecard.ui.screen.ScreenActions;
import dev.ratecard.ui.screen.ScreenContext;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.ui.screen.ScreenView;
import dev.ratecard.ui.screen.SettingsModel;
import dev.ratecard.ui.screen.TestScreen;
import dev.ratecard.ui.task.BackgroundTask;
import dev.ratecard.ui.task.FxTaskExecutor;
import dev.ratecard.ui.theme.ThemeManager;
import dev.ratecard.ui.undo.UndoStack;
import dev.ratecard.ui.undo.ValueChange;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import dev.ratecard.workspace.settings.WindowBounds;
import dev.ratecard.workspace.settings.WindowState;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window driven through its keyboard, menus and buttons, headless. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path home;

    private final SimpleIntegerProperty growth = new SimpleIntegerProperty(0);
    private final UndoStack pricesUndo = new UndoStack();
    private final AtomicInteger brokenAttempts = new AtomicInteger();
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final FxTaskExecutor executor = FxTaskExecutor.onFxThread(2);
    private JsonSettingsRepository repository;
    private SettingsModel settings;
    private ThemeManager theme;
    private Stage stage;
    private boolean closed;

    private final Screen usage = TestScreen.of("usage", "Usage", 2);
    private final Screen prices = TestScreen.of("prices", "Prices", 3)
            .withActions(() -> ScreenActions.NONE.withUndo(pricesUndo));
    private final Screen broken = new Screen() {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String title() {
            return "Broken";
        }

        @Override
        public String glyph() {
            return usage.glyph();
        }

        @Override
        public KeyCombination shortcut() {
            return KeyCombination.keyCombination("Shortcut+4");
        }

        @Override
        public ScreenView createView(ScreenContext context) {
            if (brokenAttempts.incrementAndGet() == 1) {
                throw new IllegalStateException("The catalogue is still loading");
            }
            return new TestScreen("broken", "Broken", shortcut(), () -> ScreenActions.NONE).createView(context);
        }
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
        repository = JsonSettingsRepository.in(home.resolve("config"), home.resolve("data"));
        Settings initial = Settings.defaults(home.resolve("data")).withTheme(ThemePreference.LIGHT)
                .withWindow(new WindowState(Optional.of(new WindowBounds(20, 10, 1000, 700)), false, Optional.of("usage")));
        open(stage, initial);
    }

    private MainWindowView open(Stage window, Settings initial) {
        settings = new SettingsModel(repository, initial);
        theme = new ThemeManager(initial.theme(), false);
        StatusBarViewModel status = new StatusBarViewModel(executor.activity());
        MainWindowViewModel model = new MainWindowViewModel(new ScreenRegistry(List.of(usage, prices, broken)),
                settings, dialogs, executor.activity(), Optional.empty(), status);
        MainWindowView view = new MainWindowView(window, model, status,
                new ScreenContext(executor, dialogs, settings, status), theme, () -> closed = true);
        view.show();
        return view;
    }

    @AfterEach
    void stopTasks() {
        executor.shutdown();
    }

    @Test
    void switchesScreensWithTheViewMenuShortcuts(FxRobot robot) {
        assertTrue(robot.lookup("#screen-usage").tryQuery().isPresent());

        robot.push(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN));

        assertTrue(robot.lookup("#screen-prices").tryQuery().isPresent());
        assertEquals("Ratecard – Prices", stage.getTitle());
        ListView<?> navigation = robot.lookup("#navigation").queryAs(ListView.class);
        assertEquals(prices, navigation.getSelectionModel().getSelectedItem());

        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        assertTrue(robot.lookup("#screen-usage").tryQuery().isPresent());
    }

    @Test
    void movesBetweenScreensWithTheArrowKeys(FxRobot robot) {
        robot.clickOn("#nav-usage");

        robot.type(KeyCode.DOWN);

        assertEquals("Ratecard – Prices", stage.getTitle());
    }

    @Test
    void showsTheRunningTaskAndCancelStopsIt(FxRobot robot) throws Exception {
        AtomicInteger rowsRead = new AtomicInteger();
        robot.interact(() -> BackgroundTask.withProgress("Import usage.csv", progress -> {
            for (long row = 0; ; row++) {
                progress.checkCancelled();
                progress.update(row, -1);
                rowsRead.incrementAndGet();
                Thread.sleep(5);
            }
        }).executeWith(executor));
        Label text = robot.lookup("#status-text").queryAs(Label.class);
        Button cancel = robot.lookup("#status-cancel").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cancel.isVisible() && rowsRead.get() > 0);
        assertEquals("Import usage.csv", text.getText());
        assertTrue(robot.lookup("#status-progress").query().isVisible());

        robot.clickOn(cancel);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Cancelled: import usage.csv".equals(text.getText()));
        assertFalse(cancel.isVisible());
        int stoppedAt = rowsRead.get();
        Thread.sleep(50);
        assertEquals(stoppedAt, rowsRead.get(), "the reader stopped");
    }

    @Test
    void showsAnEmptyStateForAScreenThatCannotOpenAndRetries(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));

        assertEquals("Broken could not be opened", robot.lookup("#empty-title").queryAs(Label.class).getText());
        assertEquals("The catalogue is still loading. Try again; if it keeps failing, restart Ratecard.",
                robot.lookup("#empty-explanation").queryAs(Label.class).getText());

        robot.clickOn("#empty-action");

        assertTrue(robot.lookup("#screen-broken").tryQuery().isPresent());
        assertEquals(2, brokenAttempts.get());
    }

    @Test
    void switchesTheThemeFromTheViewMenuAtOnce(FxRobot robot) {
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("light.css")));

        robot.clickOn("#menu-view").clickOn("#menu-theme").clickOn("#menu-theme-dark");

        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("dark.css")));
        assertFalse(stage.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("light.css")));
        assertTrue(theme.darkProperty().get());
        assertEquals(ThemePreference.DARK, repository.load().settings().theme());
    }

    @Test
    void undoesAndRedoesTheShownScreensEditsWithTheEditShortcuts(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN));
        robot.interact(() -> pricesUndo.execute(new ValueChange<>("Change growth", growth, 0, 10)));

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertEquals(0, growth.get());
        robot.push(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        assertEquals(10, growth.get());
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN));
        assertEquals(10, growth.get());
    }

    @Test
    void remembersTheWindowAcrossARestart(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN));
        robot.interact(() -> {
            stage.setX(60);
            stage.setY(40);
            stage.setWidth(900);
            stage.setHeight(650);
        });

        robot.push(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));

        assertTrue(closed);
        assertFalse(stage.isShowing());
        Settings saved = repository.load().settings();
        assertEquals(new WindowState(Optional.of(new WindowBounds(60, 40, 900, 650)), false, Optional.of("prices")),
                saved.window());
        Stage reopened = WaitForAsyncUtils.asyncFx(() -> {
            Stage window = new Stage();
            open(window, saved);
            return window;
        }).get(5, TimeUnit.SECONDS);
        assertEquals(List.of(60.0, 40.0, 900.0, 650.0),
                List.of(reopened.getX(), reopened.getY(), reopened.getWidth(), reopened.getHeight()));
        assertEquals("Ratecard – Prices", reopened.getTitle());
        robot.interact(reopened::hide);
    }
}
