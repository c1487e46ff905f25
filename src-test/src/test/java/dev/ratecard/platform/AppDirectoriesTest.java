package dev.ratecard.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AppDirectoriesTest {

    @Test
    void linuxFollowsXdgDefaults() {
        AppDirectories dirs = AppDirectories.resolve("Linux", "/home/ada", null, Map.of());
        assertEquals(Path.of("/home/ada/.local/share/ratecard"), dirs.dataDir());
        assertEquals(Path.of("/home/ada/.config/ratecard"), dirs.configDir());
        assertEquals(Path.of("/home/ada/.local/share/ratecard/workspace.db"), dirs.defaultDatabase());
    }

    @Test
    void linuxHonoursXdgVariables() {
        AppDirectories dirs = AppDirectories.resolve("Linux", "/home/ada", null,
                Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "/cfg"));
        assertEquals(Path.of("/data/ratecard"), dirs.dataDir());
        assertEquals(Path.of("/cfg/ratecard"), dirs.configDir());
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories dirs = AppDirectories.resolve("Windows 11", "C:/Users/ada", null,
                Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"));
        assertEquals(Path.of("C:/Users/ada/AppData/Roaming/Ratecard/data"), dirs.dataDir());
    }

    @Test
    void macUsesApplicationSupport() {
        AppDirectories dirs = AppDirectories.resolve("Mac OS X", "/Users/ada", null, Map.of());
        assertEquals(Path.of("/Users/ada/Library/Application Support/Ratecard/config"), dirs.configDir());
    }

    @Test
    void explicitHomeWinsOverTheOsConventionPropertyBeforeVariable() {
        assertEquals(Path.of("/tmp/a/data"),
                AppDirectories.resolve("Linux", "/home/ada", "/tmp/a", Map.of("RATECARD_HOME", "/tmp/b")).dataDir());
        assertEquals(Path.of("/tmp/b/data"),
                AppDirectories.resolve("Linux", "/home/ada", " ", Map.of("RATECARD_HOME", "/tmp/b")).dataDir());
    }
}
