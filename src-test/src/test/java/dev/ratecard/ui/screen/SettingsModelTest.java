package dev.ratecard.ui.screen;

import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SettingsModelTest {
    private final Settings defaults = Settings.defaults(Path.of("/data/ratecard"));
    private final InMemorySettingsRepository repository = new InMemorySettingsRepository(defaults);
    private final SettingsModel model = new SettingsModel(repository, defaults);

    @Test
    void appliesAndSavesAChange() {
        assertEquals(Optional.empty(), model.update(s -> s.withTheme(ThemePreference.DARK)));

        assertEquals(ThemePreference.DARK, model.get().theme());
        assertEquals(List.of(defaults.withTheme(ThemePreference.DARK)), repository.saved());
    }

    @Test
    void savesNothingWhenNothingChanged() {
        model.update(s -> s.withTheme(defaults.theme()));

        assertEquals(List.of(), repository.saved());
    }

    @Test
    void keepsAChangeForTheSessionWhenSavingFailsAndSaysWhy() {
        repository.failSavesWith("/home/ada/.config/ratecard: Read-only file system");

        Optional<String> problem = model.update(s -> s.withTheme(ThemePreference.LIGHT));

        assertEquals(ThemePreference.LIGHT, model.get().theme());
        assertEquals(Optional.of("Settings could not be saved (/home/ada/.config/ratecard: Read-only file system). "
                + "They apply until Ratecard closes; check that the settings folder is writable."), problem);
    }
}
