package dev.ratecard.ui.theme;

import dev.ratecard.workspace.settings.ThemePreference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeManagerTest {

    @ParameterizedTest(name = "{0} with the desktop dark: {1} -> {2}")
    @CsvSource(textBlock = """
            LIGHT,  true,  light.css
            DARK,   false, dark.css
            SYSTEM, true,  dark.css
            SYSTEM, false, light.css
            """)
    void picksThePaletteFromThePreference(ThemePreference preference, boolean systemDark, String palette) {
        ThemeManager theme = new ThemeManager(preference, systemDark);

        List<String> sheets = theme.stylesheets();
        assertEquals(3, sheets.size());
        assertTrue(sheets.get(0).endsWith("/dev/ratecard/ui/theme/" + palette), sheets.get(0));
        assertTrue(sheets.get(1).endsWith("/dev/ratecard/ui/theme/base.css"), "rules come after the colours");
        assertTrue(sheets.get(2).endsWith("/dev/ratecard/ui/theme/figures.css"));
        assertEquals(palette.equals("dark.css"), theme.darkProperty().get());
    }

    @Test
    void switchesPaletteInPlace() {
        ThemeManager theme = new ThemeManager(ThemePreference.LIGHT, false);
        List<String> before = List.copyOf(theme.stylesheets());

        theme.apply(ThemePreference.DARK);

        assertEquals(List.of(ThemeManager.DARK, ThemeManager.BASE, ThemeManager.FIGURES), theme.stylesheets());
        assertEquals(List.of(ThemeManager.LIGHT, ThemeManager.BASE, ThemeManager.FIGURES), before);
    }
}
