package dev.ratecard.workspace.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonSettingsRepositoryTest {
    @TempDir
    Path home;

    private JsonSettingsRepository repository() {
        return JsonSettingsRepository.in(home.resolve("config"), home.resolve("data"));
    }

    private Path settingsFile() {
        return home.resolve("config").resolve("settings.json");
    }

    @Test
    void startsFromDefaultsOnTheFirstRun() {
        LoadedSettings loaded = repository().load();

        assertEquals(Settings.defaults(home.resolve("data")), loaded.settings());
        assertEquals(List.of(), loaded.problems());
        assertEquals(ThemePreference.SYSTEM, loaded.settings().theme());
        assertEquals(ZoneId.of("UTC"), loaded.settings().timeZone());
    }

    @Test
    void readsBackEverythingItSaved() throws IOException {
        Settings saved = new Settings(home.resolve("elsewhere"), "EUR",
                List.of(new ExchangeRate("EUR", new BigDecimal("0.9215"), LocalDate.of(2026, 1, 15)),
                        new ExchangeRate("GBP", new BigDecimal("0.79"), LocalDate.of(2026, 2, 1))),
                ZoneId.of("Europe/Berlin"), ThemePreference.DARK,
                new WindowState(Optional.of(new WindowBounds(10, 20.5, 1280, 800)), true, Optional.of("settings")),
                RecentFiles.NONE.opened(home.resolve("b.csv")).opened(home.resolve("a.json")));

        repository().save(saved);
        LoadedSettings loaded = repository().load();

        assertEquals(saved, loaded.settings());
        assertEquals(List.of(), loaded.problems());
        assertFalse(Files.exists(settingsFile().resolveSibling("settings.json.tmp")), "no temporary file is left");
    }

    @Test
    void writesRatesAsDecimalStringsSoTheyStayExact() throws IOException {
        Settings saved = Settings.defaults(home.resolve("data"))
                .withCurrency("JPY", List.of(new ExchangeRate("JPY", new BigDecimal("151.30"), LocalDate.of(2026, 3, 2))));

        repository().save(saved);

        String json = Files.readString(settingsFile());
        assertTrue(json.contains("\"perUsd\" : \"151.30\""), json);
        assertEquals(new BigDecimal("151.30"), repository().load().settings().exchangeRates().get(0).perUsd());
    }

    @Test
    void readsARateWrittenAsAJsonNumberExactly() throws IOException {
        write("""
                {"format": "ratecard-settings", "version": 1, "displayCurrency": "EUR",
                 "exchangeRates": [{"currency": "EUR", "perUsd": 0.1, "asOf": "2026-01-15"}]}
                """);

        // 0.1 has no exact double; it must arrive as the decimal 0.1.
        assertEquals(new BigDecimal("0.1"), repository().load().settings().exchangeRates().get(0).perUsd());
    }

    @Test
    void fallsBackToDefaultsAndKeepsAFileThatIsNotJson() throws IOException {
        String damaged = "{ \"format\": \"ratecard-settings\",\n  \"theme\": }";
        write(damaged);

        LoadedSettings loaded = repository().load();

        assertEquals(Settings.defaults(home.resolve("data")), loaded.settings());
        assertEquals(1, loaded.problems().size());
        String problem = loaded.problems().get(0);
        // Line 2 is `  "theme": }`: two spaces, seven characters of "theme", a colon and a space come before the brace.
        assertTrue(problem.startsWith("settings.json could not be used: it is not valid JSON (line 2, column 12: "), problem);
        assertTrue(problem.endsWith("Ratecard started with default settings. The file was kept as settings.json.unreadable."),
                problem);
        assertEquals(damaged, Files.readString(settingsFile().resolveSibling("settings.json.unreadable")));
        assertFalse(Files.exists(settingsFile()), "the next save writes a fresh file");
    }

    @Test
    void fallsBackToDefaultsForAnEmptyFile() throws IOException {
        write("");

        LoadedSettings loaded = repository().load();

        assertEquals(Settings.defaults(home.resolve("data")), loaded.settings());
        assertEquals(List.of("settings.json could not be used: it is empty. Ratecard started with default settings. "
                + "The file was kept as settings.json.unreadable."), loaded.problems());
    }

    @Test
    void refusesSettingsWrittenByANewerVersion() throws IOException {
        write("""
                {"format": "ratecard-settings", "version": 2, "theme": "dark"}
                """);

        LoadedSettings loaded = repository().load();

        assertEquals(ThemePreference.SYSTEM, loaded.settings().theme());
        assertEquals(List.of("settings.json could not be used: it was written by a newer Ratecard (settings version 2; "
                + "this one reads version 1). Ratecard started with default settings. "
                + "The file was kept as settings.json.unreadable."), loaded.problems());
    }

    @Test
    void refusesJsonThatIsNotRatecardSettings() throws IOException {
        write("""
                {"format": "ratecard-price-sheet", "version": 1}
                """);

        assertEquals(List.of("settings.json could not be used: $.format is \"ratecard-price-sheet\", not "
                + "\"ratecard-settings\". Ratecard started with default settings. "
                + "The file was kept as settings.json.unreadable."), repository().load().problems());
    }

    @Test
    void replacesOnlyTheBadValuesAndSaysWhich() throws IOException {
        write("""
                {
                  "format": "ratecard-settings", "version": 1,
                  "dataFolder": "relative/folder",
                  "displayCurrency": "EUR",
                  "exchangeRates": [
                    {"currency": "EUR", "perUsd": "-3", "asOf": "2026-01-15"},
                    {"currency": "GBP", "perUsd": "0.79", "asOf": "2026-02-01"},
                    {"currency": "GBP", "perUsd": "0.80", "asOf": "2026-02-02"},
                    {"currency": "CHF", "perUsd": "0.88", "asOf": "31/01/2026"}
                  ],
                  "timeZone": "Mars/Olympus",
                  "theme": "purple",
                  "window": {"x": 5, "y": 6, "width": 900, "height": 700, "maximized": true, "lastScreen": "settings"},
                  "recentFiles": ["/data/usage.csv", "notes.txt", 42]
                }
                """);

        LoadedSettings loaded = repository().load();

        Settings settings = loaded.settings();
        assertEquals(home.resolve("data"), settings.dataFolder());
        assertEquals("USD", settings.displayCurrency());
        assertEquals(List.of(new ExchangeRate("GBP", new BigDecimal("0.79"), LocalDate.of(2026, 2, 1))),
                settings.exchangeRates());
        assertEquals(ZoneId.of("UTC"), settings.timeZone());
        assertEquals(ThemePreference.SYSTEM, settings.theme());
        assertEquals(new WindowState(Optional.of(new WindowBounds(5, 6, 900, 700)), true, Optional.of("settings")),
                settings.window());
        assertEquals(List.of(Path.of("/data/usage.csv")), settings.recentFiles().paths());
        assertEquals(List.of(
                "settings.json, $.dataFolder = \"relative/folder\": not a full path. Using " + home.resolve("data")
                        + " instead.",
                "settings.json, $.exchangeRates[0].perUsd = \"-3\": A rate must be a positive decimal; -3 is negative. "
                        + "Using no rate for EUR instead.",
                "settings.json, $.exchangeRates[2].currency = \"GBP\": a second rate for GBP. Using no rate for it instead.",
                "settings.json, $.exchangeRates[3].asOf = \"31/01/2026\": not a date like 2026-01-31. "
                        + "Using no rate for CHF instead.",
                "settings.json, $.displayCurrency = \"EUR\": no exchange rate for it. Using USD instead.",
                "settings.json, $.timeZone = \"Mars/Olympus\": not a time zone. Using UTC instead.",
                "settings.json, $.theme = \"purple\": not light, dark or system. Using system instead.",
                "settings.json, $.recentFiles[1] = \"notes.txt\": not a full path. Using the list without it instead.",
                "settings.json, $.recentFiles[2] = 42: not a full path. Using the list without it instead."),
                loaded.problems());
        assertTrue(Files.exists(settingsFile()), "a file with some bad values is kept in place; the next save rewrites it");
    }

    @Test
    void aFailedSaveLeavesThePreviousSettings() throws IOException {
        JsonSettingsRepository repository = repository();
        Settings first = Settings.defaults(home.resolve("data")).withTheme(ThemePreference.DARK);
        repository.save(first);
        // A directory where the temporary file would go makes the write fail before the old file is touched.
        Files.createDirectory(settingsFile().resolveSibling("settings.json.tmp"));

        assertThrows(IOException.class, () -> repository.save(first.withTheme(ThemePreference.LIGHT)));
        assertEquals(first, repository.load().settings());
    }

    private void write(String json) throws IOException {
        Files.createDirectories(settingsFile().getParent());
        Files.writeString(settingsFile(), json);
    }
}
