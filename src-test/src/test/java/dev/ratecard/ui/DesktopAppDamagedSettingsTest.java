package dev.ratecard.ui;

import dev.ratecard.workspace.settings.JsonSettingsRepository;
import dev.ratecard.workspace.settings.LoadedSettings;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A damaged settings file: the window still opens, on defaults, and then says what happened. */
@ExtendWith(ApplicationExtension.class)
class DesktopAppDamagedSettingsTest {
    @TempDir
    static Path home;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        try {
            Files.createDirectories(home.resolve("config"));
            Files.writeString(home.resolve("config").resolve("settings.json"), "{\"format\": \"ratecard-settings\", ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonSettingsRepository repository = JsonSettingsRepository.in(home.resolve("config"), home.resolve("data"));
        LoadedSettings loaded = repository.load();
        new DesktopApp(repository, AppScreens.standard()).start(stage, loaded, false);
    }

    @Test
    void opensOnDefaultsAndThenSaysWhichSettingsCouldNotBeRead(FxRobot robot) throws Exception {
        assertTrue(stage.isShowing());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Some of your settings could not be read", dialog.getHeaderText());
        assertTrue(dialog.getContentText().startsWith("settings.json could not be used: it is not valid JSON (line 1, "),
                dialog.getContentText());
        assertTrue(dialog.getContentText().endsWith("The file was kept as settings.json.unreadable.\n\nCheck them in Settings."),
                dialog.getContentText());
        assertTrue(Files.exists(home.resolve("config").resolve("settings.json.unreadable")));
        robot.clickOn("OK");
    }
}
