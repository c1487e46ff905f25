package dev.ratecard.ui.screen;

import dev.ratecard.ui.settings.SettingsScreen;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScreenRegistryTest {

    @Test
    void findsScreensByIdInNavigationOrder() {
        Screen settings = new SettingsScreen();
        ScreenRegistry registry = new ScreenRegistry(List.of(settings));

        assertEquals(settings, registry.first());
        assertEquals(Optional.of(settings), registry.byId("settings"));
        assertEquals(Optional.empty(), registry.byId("reports"));
    }

    @Test
    void refusesTwoScreensWithOneIdOrOneShortcut() {
        Screen settings = new SettingsScreen();
        Screen sameShortcut = TestScreen.of("reports", "Reports", 6);
        Screen sameId = TestScreen.of("settings", "Other settings", 5);

        assertEquals("two screens claim Shortcut+6: Settings and Reports",
                assertThrows(IllegalArgumentException.class, () -> new ScreenRegistry(List.of(settings, sameShortcut)))
                        .getMessage());
        assertEquals("two screens have the id \"settings\": Settings and Other settings",
                assertThrows(IllegalArgumentException.class, () -> new ScreenRegistry(List.of(settings, sameId)))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScreenRegistry(List.of()));
    }
}
