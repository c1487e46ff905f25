package dev.ratecard.workspace.settings;

import dev.ratecard.pricing.Money;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the user sets once and expects to find again. Immutable: a change is a new value
 * ({@code settings.withTheme(ThemePreference.DARK)}). The display currency is USD or one of the currencies with
 * an exchange rate.
 *
 * @param dataFolder where the workspace database and backups live
 * @param displayCurrency ISO 4217 code money is shown in; all money is USD inside
 * @param exchangeRates one rate per currency, to USD
 * @param timeZone the zone of timestamps that carry none (usage exports often write local times)
 * @param theme light, dark, or as the operating system says
 * @param window the main window's last position and screen
 * @param recentFiles the files opened last
 */
public record Settings(Path dataFolder, String displayCurrency, List<ExchangeRate> exchangeRates, ZoneId timeZone,
        ThemePreference theme, WindowState window, RecentFiles recentFiles) {

    public Settings {
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(displayCurrency, "displayCurrency");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(recentFiles, "recentFiles");
        exchangeRates = List.copyOf(exchangeRates);
        Set<String> seen = new HashSet<>();
        for (ExchangeRate rate : exchangeRates) {
            if (!seen.add(rate.currency())) {
                throw new IllegalArgumentException("two exchange rates for " + rate.currency() + "; keep one");
            }
        }
        if (!Currencies.USD.equals(displayCurrency) && !seen.contains(displayCurrency)) {
            throw new IllegalArgumentException("money cannot be shown in " + displayCurrency
                    + " without an exchange rate for it");
        }
    }

    /** A first run: USD, UTC, the system's theme, no recent files. */
    public static Settings defaults(Path dataFolder) {
        return new Settings(dataFolder, Currencies.USD, List.of(), ZoneId.of("UTC"), ThemePreference.SYSTEM,
                WindowState.FIRST_RUN, RecentFiles.NONE);
    }

    /** The rate money is shown at; empty when it is shown in USD. */
    public Optional<ExchangeRate> displayRate() {
        return exchangeRates.stream().filter(rate -> rate.currency().equals(displayCurrency)).findFirst();
    }

    /** {@code usd} in the display currency: one exact multiplication by the rate, no rounding. */
    public Money inDisplayCurrency(Money usd) {
        if (!Currencies.USD.equals(usd.currency())) {
            throw new IllegalArgumentException("money inside Ratecard is USD; got " + usd.currency());
        }
        return displayRate()
                .map(rate -> new Money(usd.amount().multiply(rate.perUsd()), rate.currency()))
                .orElse(usd);
    }

    public Settings withDataFolder(Path folder) {
        return new Settings(folder, displayCurrency, exchangeRates, timeZone, theme, window, recentFiles);
    }

    /** Both together, because the display currency must have a rate among the new ones. */
    public Settings withCurrency(String display, List<ExchangeRate> rates) {
        return new Settings(dataFolder, display, rates, timeZone, theme, window, recentFiles);
    }

    public Settings withTimeZone(ZoneId zone) {
        return new Settings(dataFolder, displayCurrency, exchangeRates, zone, theme, window, recentFiles);
    }

    public Settings withTheme(ThemePreference preference) {
        return new Settings(dataFolder, displayCurrency, exchangeRates, timeZone, preference, window, recentFiles);
    }

    public Settings withWindow(WindowState state) {
        return new Settings(dataFolder, displayCurrency, exchangeRates, timeZone, theme, state, recentFiles);
    }

    public Settings withRecentFiles(RecentFiles files) {
        return new Settings(dataFolder, displayCurrency, exchangeRates, timeZone, theme, window, files);
    }
}
