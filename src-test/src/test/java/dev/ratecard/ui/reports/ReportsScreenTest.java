package dev.ratecard.ui.reports;

import dev.ratecard.platform.AppDirectories;
import dev.ratecard.report.ReportFixtures;
import dev.ratecard.store.WorkspaceDatabase;
import dev.ratecard.ui.AppScreens;
import dev.ratecard.ui.DesktopApp;
import dev.ratecard.ui.settings.SettingsScreen;
import dev.ratecard.workspace.scenarios.ScenarioService;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import dev.ratecard.workspace.settings.LoadedSettings;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import dev.ratecard.workspace.settings.WindowState;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real Reports screen in the real window, reached with Ctrl+5 from Settings. */
@ExtendWith(ApplicationExtension.class)
class ReportsScreenTest {
    @TempDir
    Path home;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path data = home.resolve("data");
        Files.createDirectories(data);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(AppDirectories.databaseIn(data))) {
            ScenarioService.bundled().save(db.scenarios(), "Q3 plan", Files.readString(ReportFixtures.headlineFile()),
                    ReportFixtures.HEADLINE, false);
        }
        JsonSettingsRepository repository = JsonSettingsRepository.in(home.resolve("config"), data);
        Settings settings = Settings.defaults(data).withTheme(ThemePreference.LIGHT)
                .withWindow(new WindowState(Optional.empty(), false, Optional.of(SettingsScreen.ID)));
        new DesktopApp(repository, AppScreens.standard()).start(stage, new LoadedSettings(settings, List.of()), false);
    }

    @Test
    void controlFiveOpensReportsWithTheSavedScenariosToTick(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));

        assertEquals("Ratecard – Reports", stage.getTitle());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reports-scenario-0").tryQuery().isPresent());
        CheckBox saved = robot.lookup("#reports-scenario-0").queryAs(CheckBox.class);
        assertEquals("Q3 plan", saved.getText());
        Button export = robot.lookup("#reports-export").queryAs(Button.class);
        assertTrue(export.isDisabled(), "nothing is chosen yet");

        robot.clickOn(saved);

        assertFalse(export.isDisabled());
        assertFalse(robot.lookup("#empty-state").query().isVisible());
        assertTrue(robot.lookup("#reports-open-folder").queryAs(Button.class).isDisabled());
        assertEquals("", robot.lookup("#reports-message").queryAs(Label.class).getText());
    }

    @Test
    void thePaperIsOnlyOfferedForPdf(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));

        assertFalse(robot.lookup("#reports-paper").query().isDisabled());
        robot.clickOn("#reports-format-xlsx");
        assertTrue(robot.lookup("#reports-paper").query().isDisabled());
    }
}
