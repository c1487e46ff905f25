package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.DesktopApp;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.ui.settings.SettingsScreen;
import dev.ratecard.ui.usage.UsageScreen;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import dev.ratecard.workspace.settings.LoadedSettings;
import dev.ratecard.workspace.settings.Settings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The app started on a scenario file, as a double-click on it starts it: the window opens with the Scenarios screen
 * showing that file in the editor, although the Usage screen comes first and takes most files.
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioFileOpensTest {
    private static final String NAME = "Qwen from a file";

    @TempDir
    static Path home;

    @Start
    void start(Stage stage) throws IOException {
        Path file = home.resolve("qwen-from-a-file.ratecard");
        Files.writeString(file, TestWorkspaces.exampleText(ScenarioTemplates.HEADLINE)
                .replace("\"name\": \"Qwen 2.5 72B at 100M tokens/month: self-hosted on 2×H100 or an API?\"",
                        "\"name\": \"" + NAME + "\"")
                .replace("\"offer\": \"runpod-community-cloud-h100-sxm\"",
                        "\"offer\": \"runpod-community-cloud-h100-sxm\", \"usd_per_gpu_hour\": \"1.99\""));
        JsonSettingsRepository repository = JsonSettingsRepository.in(home.resolve("config"), home.resolve("data"));
        Settings settings = Settings.defaults(home.resolve("data"));
        ScreenRegistry screens = new ScreenRegistry(List.of(new UsageScreen(), new ScenariosScreen(TestWorkspaces.source()),
                new SettingsScreen()));
        new DesktopApp(repository, screens).start(stage, new LoadedSettings(settings, List.of()), false, Optional.of(file));
    }

    @Test
    void theScenarioFileTheAppWasOpenedOnIsInTheEditor(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#scenario-title").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(NAME + " \u2022", robot.lookup("#scenario-title").queryAs(Label.class).getText(),
                "opened from a file, so not yet in the workspace");
        assertEquals("1.99", robot.lookup("#" + FieldRows.id("qwen-2xh100", ".gpu.usd_per_gpu_hour"))
                .queryAs(TextField.class).getText());
    }
}
