package dev.ratecard.ui.shell;

import dev.ratecard.platform.BuildVersion;
import dev.ratecard.workspace.settings.Settings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

class AboutTextTest {

    @Test
    void namesTheSameVersionAsTheCommandLine() {
        String about = AboutText.of(Settings.defaults(Path.of("data")));

        assertTrue(about.startsWith("Ratecard " + BuildVersion.current() + "\n"), about);
        assertTrue(about.endsWith("Data folder: " + Path.of("data")), about);
    }
}
