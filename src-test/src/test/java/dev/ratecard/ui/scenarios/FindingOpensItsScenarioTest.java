package dev.ratecard.ui.scenarios;

import dev.ratecard.ui.DesktopApp;
import dev.ratecard.ui.overview.OverviewScreen;
import dev.ratecard.ui.screen.ScreenRegistry;
import dev.ratecard.workspace.settings.JsonSettingsRepository;
import dev.ratecard.workspace.settings.LoadedSettings;
import dev.ratecard.workspace.settings.Settings;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Overview's finding links to its own scenario: on a first start with the sample, following the headline
 * finding's link shows the Scenarios screen (never built before) with that scenario open in the editor.
 */
@ExtendWith(ApplicationExtension.class)
class FindingOpensItsScenarioTest {
    private static final String HEADLINE_NAME = "Qwen 2.5 72B at 100M tokens/month: self-hosted on 2×H100 or an API?";

    @TempDir
    static Path home;

    @Start
    void start(Stage stage) {
        JsonSettingsRepository repository = JsonSettingsRepository.in(home.resolve("config"), home.resolve("data"));
        Settings settings = Settings.defaults(home.resolve("data"));
        ScreenRegistry screens = new ScreenRegistry(List.of(new OverviewScreen(),
                new ScenariosScreen(TestWorkspaces.source())));
        new DesktopApp(repository, screens, true).start(stage, new LoadedSettings(settings, List.of()), false);
    }

    @Test
    void theFindingsLinkOpensItsScenarioInTheEditor(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#overview-finding-open-0").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink link = robot.lookup("#overview-finding-open-0").queryAs(Hyperlink.class);
        assertEquals("Scenario: " + HEADLINE_NAME, link.getText());

        // Below the fold of the overview's page: followed as a click on it would, without scrolling to it first.
        robot.interact(link::fire);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#scenario-title").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(HEADLINE_NAME, robot.lookup("#scenario-title").queryAs(Label.class).getText(), "stored, unchanged");
    }
}
