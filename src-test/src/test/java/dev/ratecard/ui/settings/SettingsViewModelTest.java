package dev.ratecard.ui.settings;

import dev.ratecard.ui.dialog.ScriptedDialogService;
import dev.ratecard.ui.screen.InMemorySettingsRepository;
import dev.ratecard.ui.screen.SettingsModel;
import dev.ratecard.workspace.settings.ExchangeRate;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.ThemePreference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsViewModelTest {
    private static final Clock MARCH_FIRST = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final ExchangeRate EUR = new ExchangeRate("EUR", new BigDecimal("0.92"), LocalDate.of(2026, 2, 27));

    @TempDir
    Path home;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private InMemorySettingsRepository repository;
    private SettingsModel settings;

    private SettingsViewModel form(Settings initial) {
        repository = new InMemorySettingsRepository(initial);
        settings = new SettingsModel(repository, initial);
        return new SettingsViewModel(settings, dialogs, MARCH_FIRST);
    }

    private Settings defaults() {
        return Settings.defaults(home.resolve("data"));
    }

    @Test
    void showsTheSettingsInUse() {
        SettingsViewModel form = form(defaults().withCurrency("EUR", List.of(EUR)).withTheme(ThemePreference.DARK));

        assertEquals(home.resolve("data").toString(), form.dataFolderProperty().get());
        assertEquals("EUR", form.displayCurrencyProperty().get());
        assertEquals("UTC", form.timeZoneProperty().get());
        assertEquals(ThemePreference.DARK, form.themeProperty().get());
        assertEquals(List.of("USD", "EUR"), form.currencyChoices());
        assertEquals("0.92", form.rates().get(0).perUsdProperty().get());
        assertTrue(form.validProperty().get());
    }

    @Test
    void appliesAValidChangeAtOnce() {
        SettingsViewModel form = form(defaults());

        form.timeZoneProperty().set("Europe/Berlin");

        assertEquals(ZoneId.of("Europe/Berlin"), repository.lastSaved().timeZone());
    }

    @Test
    void appliesTheThemeEvenWhileAnotherFieldIsWrong() {
        SettingsViewModel form = form(defaults());
        form.timeZoneProperty().set("Mars/Olympus");

        form.themeProperty().set(ThemePreference.DARK);

        assertEquals("\"Mars/Olympus\" is not a time zone; pick one from the list, e.g. Europe/Berlin",
                form.timeZoneCheck().error());
        assertEquals(List.of(defaults().withTheme(ThemePreference.DARK)), repository.saved(),
                "the theme was saved, the bad time zone was not");
    }

    @Test
    void followsAThemeChosenFromTheMenu() {
        SettingsViewModel form = form(defaults());

        settings.update(s -> s.withTheme(ThemePreference.LIGHT));

        assertEquals(ThemePreference.LIGHT, form.themeProperty().get());
    }

    @Test
    void addsARateAndThenShowsMoneyInItsCurrency() {
        SettingsViewModel form = form(defaults());

        ExchangeRateRow row = form.addRate();
        assertFalse(form.validProperty().get(), "an empty new row holds the form back");
        row.currencyProperty().set("eur");
        row.perUsdProperty().set("0.92");
        form.displayCurrencyProperty().set("EUR");

        assertEquals(TODAY, row.asOfProperty().get());
        assertEquals(List.of("USD", "EUR"), form.currencyChoices());
        Settings saved = repository.lastSaved();
        assertEquals("EUR", saved.displayCurrency());
        assertEquals(List.of(new ExchangeRate("EUR", new BigDecimal("0.92"), TODAY)), saved.exchangeRates());
    }

    @Test
    void rejectsARateThatIsNotAPositiveDecimal() {
        SettingsViewModel form = form(defaults());
        ExchangeRateRow row = form.addRate();
        row.currencyProperty().set("EUR");

        row.perUsdProperty().set("-0.92");
        assertEquals("A rate must be a positive decimal; -0.92 is negative", row.rateCheck().error());
        row.perUsdProperty().set("0");
        assertEquals("A rate must be a positive decimal; it cannot be zero", row.rateCheck().error());
        row.perUsdProperty().set("0,92");
        assertEquals("A rate must be a positive decimal such as 0.92; \"0,92\" is not one", row.rateCheck().error());

        assertFalse(form.validProperty().get());
        assertEquals(List.of(), repository.saved(), "nothing reached the settings file");
    }

    @Test
    void flagsTheSecondRateForACurrencyAndADateInTheFuture() {
        SettingsViewModel form = form(defaults().withCurrency("USD", List.of(EUR)));
        ExchangeRateRow second = form.addRate();

        second.currencyProperty().set("EUR");
        second.asOfProperty().set(TODAY.plusDays(1));

        assertEquals("There is already a rate for EUR", second.currencyCheck().error());
        assertTrue(form.rates().get(0).currencyCheck().isValid(), "the first rate for EUR is fine");
        assertEquals("The rate's date is in the future", second.dateCheck().error());
        second.currencyProperty().set("USD");
        assertEquals("Rates are to US dollars, so USD needs none", second.currencyCheck().error());
    }

    @Test
    void needsARateForTheDisplayCurrency() {
        SettingsViewModel form = form(defaults().withCurrency("EUR", List.of(EUR)));

        form.removeRate(form.rates().get(0));

        assertEquals("Add an exchange rate for EUR to show money in it", form.displayCurrencyCheck().error());
        assertEquals(List.of(), repository.saved());
        form.displayCurrencyProperty().set("USD");
        assertEquals(defaults(), repository.lastSaved(), "with USD shown again the removal applies");
    }

    @Test
    void needsAWritableDataFolderAndSaysANewOneTakesEffectAtTheNextStart() throws IOException {
        SettingsViewModel form = form(defaults());
        Path file = Files.writeString(home.resolve("notes.txt"), "x");

        form.dataFolderProperty().set(file.toString());
        assertEquals(file + " is a file, not a folder", form.dataFolderCheck().error());
        assertEquals(List.of(), repository.saved());

        Path elsewhere = home.resolve("elsewhere");
        form.dataFolderProperty().set(elsewhere.toString());
        assertTrue(form.dataFolderCheck().isValid());
        assertEquals(elsewhere, repository.lastSaved().dataFolder());
        assertEquals("Ratecard keeps using " + home.resolve("data")
                + " until it restarts; then it opens the workspace in the new folder.", form.dataFolderNoteProperty().get());
    }

    @Test
    void choosesTheDataFolderWithAFolderChooser() {
        SettingsViewModel form = form(defaults());
        dialogs.answerFolder(Optional.of(home));

        form.chooseDataFolder();

        assertEquals(home.toString(), form.dataFolderProperty().get());
        assertEquals(home, repository.lastSaved().dataFolder());
    }

    @Test
    void showsWhySavingFailed() {
        SettingsViewModel form = form(defaults());
        repository.failSavesWith("Read-only file system");

        form.timeZoneProperty().set("Europe/Berlin");

        assertEquals("Settings could not be saved (Read-only file system). They apply until Ratecard closes; "
                + "check that the settings folder is writable.", form.saveProblemProperty().get());
        assertEquals(ZoneId.of("Europe/Berlin"), settings.get().timeZone());
    }
}
