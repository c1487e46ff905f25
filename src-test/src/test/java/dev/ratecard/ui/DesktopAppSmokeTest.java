package dev.ratecard.ui;

import dev.ratecard.workspace.settings.JsonSettingsRepository;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class DesktopAppSmokeTest {
    @TempDir
    static Path home;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        JsonSettingsRepository repository = JsonSettingsRepository.in(home.resolve("config"), home.resolve("data"));
        new DesktopApp(repository, AppScreens.standard()).start(stage, repository.load(), false);
    }

    @Test
    void opensTheMainWindowAndPreparesTheDataFolderAfterwards() throws Exception {
        assertEquals("Ratecard – " + AppScreens.standard().first().title(), stage.getTitle());
        assertTrue(stage.isShowing());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.isDirectory(home.resolve("data")));
    }
}
