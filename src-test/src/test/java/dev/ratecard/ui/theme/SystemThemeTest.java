package dev.ratecard.ui.theme;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SystemThemeTest {

    @ParameterizedTest(name = "{0}: {1} -> dark {2}")
    @CsvSource(delimiter = '|', textBlock = """
            linux    | 'prefer-dark'                                                    | true
            linux    | 'default'                                                        | false
            linux    | 'prefer-light'                                                   | false
            linux    | ''                                                               | false
            mac os x | Dark                                                             | true
            mac os x | The domain/default pair of (kCFPreferencesAnyApplication) does not exist | false
            windows 11 | '    AppsUseLightTheme    REG_DWORD    0x0'                     | true
            windows 11 | '    AppsUseLightTheme    REG_DWORD    0x1'                     | false
            windows 11 | ERROR: The system was unable to find the specified registry key | false
            """)
    void readsTheDesktopsAnswer(String os, String answer, boolean dark) {
        assertEquals(dark, SystemTheme.prefersDark(os, answer));
    }
}
