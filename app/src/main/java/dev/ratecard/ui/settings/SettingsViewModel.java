package dev.ratecard.ui.settings;

import dev.ratecard.ui.dialog.DialogService;
import dev.ratecard.ui.mvvm.FieldCheck;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.ui.screen.SettingsModel;
import dev.ratecard.workspace.settings.DataFolderCheck;
import dev.ratecard.workspace.settings.ExchangeRate;
import dev.ratecard.workspace.settings.Settings;
import dev.ratecard.workspace.settings.SettingsRules;
import dev.ratecard.workspace.settings.ThemePreference;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The Settings screen. The theme applies the moment it is picked; every other field applies as soon as the
 * whole form is valid, so a half-typed rate never reaches the settings file. Problems are shown per field;
 * a failed save is shown above the form.
 */
public final class SettingsViewModel extends ViewModel {
    private final SettingsModel settings;
    private final DialogService dialogs;
    private final Clock clock;
    private final Path folderInUse;

    private final StringProperty dataFolder = new SimpleStringProperty(this, "dataFolder");
    private final StringProperty displayCurrency = new SimpleStringProperty(this, "displayCurrency");
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone");
    private final ObjectProperty<ThemePreference> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObservableList<ExchangeRateRow> rates = FXCollections.observableArrayList(
            row -> new Observable[] {row.currencyProperty(), row.perUsdProperty(), row.asOfProperty()});
    private final ObservableList<ExchangeRateRow> readOnlyRates = FXCollections.unmodifiableObservableList(rates);
    private final ObservableList<String> currencyChoices = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyCurrencyChoices = FXCollections.unmodifiableObservableList(currencyChoices);
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper(this, "saveProblem", "");
    private final ReadOnlyStringWrapper dataFolderNote = new ReadOnlyStringWrapper(this, "dataFolderNote", "");
    private final FieldCheck dataFolderCheck;
    private final FieldCheck displayCurrencyCheck;
    private final FieldCheck timeZoneCheck;

    public SettingsViewModel(SettingsModel settings, DialogService dialogs, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.clock = Objects.requireNonNull(clock, "clock");
        Settings current = settings.get();
        this.folderInUse = current.dataFolder();

        dataFolder.set(current.dataFolder().toString());
        displayCurrency.set(current.displayCurrency());
        timeZone.set(current.timeZone().getId());
        theme.set(current.theme());
        current.exchangeRates().forEach(rate -> addRow(ExchangeRateRow.of(rate, clock, this::currencyTakenElsewhere)));

        refreshCurrencyChoices();
        dataFolderCheck = validation().check(dataFolder, SettingsViewModel::dataFolderProblem);
        displayCurrencyCheck = validation().check(displayCurrency, code -> displayCurrencyProblem());
        timeZoneCheck = validation().check(timeZone, SettingsRules::timeZoneProblem);

        theme.addListener((observable, was, now) -> {
            if (now != null) {
                report(settings.update(s -> s.withTheme(now)));
            }
        });
        settings.currentProperty().addListener((observable, was, now) -> theme.set(now.theme()));
        dataFolder.addListener(observable -> applyIfValid());
        displayCurrency.addListener(observable -> applyIfValid());
        timeZone.addListener(observable -> applyIfValid());
        rates.addListener((ListChangeListener<ExchangeRateRow>) change -> ratesChanged());
    }

    // ---- Commands ----------------------------------------------------------------------------------------

    public void chooseDataFolder() {
        dialogs.chooseFolder("Choose where Ratecard keeps its workspace", parsedFolder())
                .ifPresent(folder -> dataFolder.set(folder.toString()));
    }

    /** A new, empty rate dated today, at the end of the list. */
    public ExchangeRateRow addRate() {
        ExchangeRateRow row = new ExchangeRateRow(clock, this::currencyTakenElsewhere);
        row.asOfProperty().set(LocalDate.now(clock));
        addRow(row);
        return row;
    }

    public void removeRate(ExchangeRateRow row) {
        // Out of the validation first, so that removing the one bad row lets the rest apply.
        validation().exclude(row.validProperty());
        rates.remove(row);
    }

    // ---- State -------------------------------------------------------------------------------------------

    public StringProperty dataFolderProperty() {
        return dataFolder;
    }

    public StringProperty displayCurrencyProperty() {
        return displayCurrency;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public ObjectProperty<ThemePreference> themeProperty() {
        return theme;
    }

    public ObservableList<ExchangeRateRow> rates() {
        return readOnlyRates;
    }

    /** USD and every currency with a rate: what money can be shown in. */
    public ObservableList<String> currencyChoices() {
        return readOnlyCurrencyChoices;
    }

    /** The zones {@link ZoneId} knows, sorted, UTC first. */
    public List<String> timeZoneChoices() {
        List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
        zones.removeIf(zone -> zone.startsWith("Etc/") || zone.startsWith("SystemV/") || !zone.contains("/"));
        zones.sort(String::compareTo);
        zones.add(0, "UTC");
        return zones;
    }

    public FieldCheck dataFolderCheck() {
        return dataFolderCheck;
    }

    public FieldCheck displayCurrencyCheck() {
        return displayCurrencyCheck;
    }

    public FieldCheck timeZoneCheck() {
        return timeZoneCheck;
    }

    /** Why the last change could not be saved; empty when it was. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** Says that a new data folder takes effect at the next start; empty while the folder is the one in use. */
    public ReadOnlyStringProperty dataFolderNoteProperty() {
        return dataFolderNote.getReadOnlyProperty();
    }

    // ---- Rules and applying ------------------------------------------------------------------------------

    private static Optional<String> dataFolderProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter the folder for the workspace database");
        }
        try {
            return DataFolderCheck.problemWith(Path.of(text.strip()));
        } catch (InvalidPathException invalid) {
            return Optional.of("\"" + text + "\" is not a valid path: " + invalid.getReason());
        }
    }

    private Optional<String> displayCurrencyProblem() {
        String code = displayCurrency.get();
        if (code == null || code.isBlank()) {
            return Optional.of("Choose the currency money is shown in");
        }
        if (!currencyChoices().contains(code)) {
            return Optional.of("Add an exchange rate for " + code + " to show money in it");
        }
        return Optional.empty();
    }

    private boolean currencyTakenElsewhere(ExchangeRateRow row) {
        String code = row.normalCurrency();
        return rates.stream().takeWhile(other -> other != row).anyMatch(other -> other.normalCurrency().equals(code));
    }

    private void addRow(ExchangeRateRow row) {
        // Into the validation first, so that an empty new row stops the form from applying.
        validation().include(row.validProperty());
        rates.add(row);
    }

    private void ratesChanged() {
        rates.forEach(ExchangeRateRow::recheckCurrency);
        refreshCurrencyChoices();
        displayCurrencyCheck.revalidate();
        applyIfValid();
    }

    private void refreshCurrencyChoices() {
        List<String> choices = new ArrayList<>(List.of("USD"));
        rates.stream().filter(row -> row.currencyCheck().isValid()).map(ExchangeRateRow::normalCurrency)
                .forEach(choices::add);
        if (!choices.equals(currencyChoices)) {
            currencyChoices.setAll(choices);
        }
    }

    private void applyIfValid() {
        if (!validation().isValid()) {
            return;
        }
        Path folder = Path.of(dataFolder.get().strip());
        String currency = displayCurrency.get().strip().toUpperCase(Locale.ROOT);
        List<ExchangeRate> rateList = rates.stream().map(row -> row.toRate().orElseThrow()).toList();
        ZoneId zone = ZoneId.of(timeZone.get().strip());
        report(settings.update(s -> s.withDataFolder(folder).withCurrency(currency, rateList).withTimeZone(zone)));
        dataFolderNote.set(folder.equals(folderInUse) ? ""
                : "Ratecard keeps using " + folderInUse + " until it restarts; then it opens the workspace in the new folder.");
    }

    private void report(Optional<String> problem) {
        saveProblem.set(problem.orElse(""));
    }

    private Optional<Path> parsedFolder() {
        try {
            return Optional.of(Path.of(dataFolder.get().strip()));
        } catch (InvalidPathException | NullPointerException unusable) {
            return Optional.empty();
        }
    }
}
