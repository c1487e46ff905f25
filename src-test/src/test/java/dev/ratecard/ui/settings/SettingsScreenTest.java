package dev.ratecard.ui.settings;

import dev.ratecard.ui.AppScreens;
import dev.ratecard.ui.DesktopApp;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import dev.ratecard.workspace.settings.LoadedSettings;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import dev.ratecard.workspace.settings.WindowState;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real Settings screen in the real window. */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    @TempDir
    static Path home;
    private JsonSettingsRepository repository;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        repository = JsonSettingsRepository.in(home.resolve("config"), home.resolve("data"));
        Settings light = Settings.defaults(home.resolve("data")).withTheme(ThemePreference.LIGHT)
                .withWindow(new WindowState(Optional.empty(), false, Optional.of(SettingsScreen.ID)));
        new DesktopApp(repository, AppScreens.standard()).start(stage, new LoadedSettings(light, List.of()), false);
    }

    @Test
    void switchesTheThemeTheMomentItIsPicked(FxRobot robot) {
        robot.clickOn("#settings-theme-dark");

        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("dark.css")));
        assertEquals(ThemePreference.DARK, repository.load().settings().theme());
    }

    @Test
    void saysWhatIsWrongWithARateAndSavesNothingUntilItIsFixed(FxRobot robot) {
        robot.clickOn("#settings-add-rate");
        robot.clickOn("#settings-rate-currency-1").write("EUR");
        robot.clickOn("#settings-rate-value-1").write("-0.92");

        Label error = robot.lookup("#settings-rate-value-1-error").queryAs(Label.class);
        assertEquals("A rate must be a positive decimal; -0.92 is negative", error.getText());
        assertTrue(error.isVisible());
        assertTrue(robot.lookup("#settings-pending").query().isVisible());
        assertEquals(List.of(), repository.load().settings().exchangeRates());

        TextField rate = robot.lookup("#settings-rate-value-1").queryAs(TextField.class);
        robot.interact(() -> rate.setText("0.92"));

        assertFalse(error.isVisible());
        assertEquals("0.92", repository.load().settings().exchangeRates().get(0).perUsd().toPlainString());
    }
}
