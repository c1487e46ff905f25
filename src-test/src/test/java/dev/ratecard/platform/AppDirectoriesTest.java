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
        assertEquals(Path.of("/home/ada/.cache/ratecard"), dirs.cacheDir());
    }

    @Test
    void linuxHonoursXdgVariables() {
        AppDirectories dirs = AppDirectories.resolve("Linux", "/home/ada", null,
                Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "/cfg", "XDG_CACHE_HOME", "/cached"));
        assertEquals(Path.of("/data/ratecard"), dirs.dataDir());
        assertEquals(Path.of("/cfg/ratecard"), dirs.configDir());
        assertEquals(Path.of("/cached/ratecard"), dirs.cacheDir());
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories dirs = AppDirectories.resolve("Windows 11", "C:/Users/ada", null,
                Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"));
        assertEquals(Path.of("C:/Users/ada/AppData/Roaming/Ratecard/data"), dirs.dataDir());
        assertEquals(Path.of("C:/Users/ada/AppData/Local/Ratecard/cache"), dirs.cacheDir());
    }

    @Test
    void windowsKeepsTheCacheInTheLocalProfile() {
        AppDirectories dirs = AppDirectories.resolve("Windows 11", "C:/Users/ada", null,
                Map.of("LOCALAPPDATA", "D:/Local"));
        assertEquals(Path.of("D:/Local/Ratecard/cache"), dirs.cacheDir());
    }

    @Test
    void macUsesApplicationSupport() {
        AppDirectories dirs = AppDirectories.resolve("Mac OS X", "/Users/ada", null, Map.of());
        assertEquals(Path.of("/Users/ada/Library/Application Support/Ratecard/config"), dirs.configDir());
        assertEquals(Path.of("/Users/ada/Library/Caches/Ratecard"), dirs.cacheDir());
    }

    @Test
    void explicitHomeWinsOverTheOsConventionPropertyBeforeVariable() {
        assertEquals(Path.of("/tmp/a/data"),
                AppDirectories.resolve("Linux", "/home/ada", "/tmp/a", Map.of("RATECARD_HOME", "/tmp/b")).dataDir());
        assertEquals(Path.of("/tmp/b/data"),
                AppDirectories.resolve("Linux", "/home/ada", " ", Map.of("RATECARD_HOME", "/tmp/b")).dataDir());
        assertEquals(Path.of("/tmp/a/cache"),
                AppDirectories.resolve("Linux", "/home/ada", "/tmp/a", Map.of("XDG_CACHE_HOME", "/cached")).cacheDir());
    }
}
