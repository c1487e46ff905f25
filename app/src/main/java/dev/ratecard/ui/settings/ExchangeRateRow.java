package dev.ratecard.ui.settings;

import dev.ratecard.ui.mvvm.FieldCheck;
import dev.ratecard.ui.mvvm.ViewModel;
import dev.ratecard.workspace.settings.ExchangeRate;
import dev.ratecard.workspace.settings.SettingsRules;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** One exchange rate being edited: currency, how much of it one dollar buys, and the date of the rate. */
public final class ExchangeRateRow extends ViewModel {
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "");
    private final StringProperty perUsd = new SimpleStringProperty(this, "perUsd", "");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final FieldCheck currencyCheck;
    private final FieldCheck rateCheck;
    private final FieldCheck dateCheck;

    /**
     * @param takenElsewhere whether another row already has a currency, for the "one rate per currency" rule
     */
    ExchangeRateRow(Clock clock, Predicate<ExchangeRateRow> takenElsewhere) {
        currencyCheck = validation().check(currency, code -> currencyProblem(takenElsewhere));
        rateCheck = validation().check(perUsd, SettingsRules::rateProblem);
        dateCheck = validation().check(asOf, date -> {
            if (date == null) {
                return Optional.of("Enter the date of the rate");
            }
            if (date.isAfter(LocalDate.now(clock))) {
                return Optional.of("The rate's date is in the future");
            }
            return Optional.empty();
        });
    }

    static ExchangeRateRow of(ExchangeRate rate, Clock clock, Predicate<ExchangeRateRow> takenElsewhere) {
        ExchangeRateRow row = new ExchangeRateRow(clock, takenElsewhere);
        row.currency.set(rate.currency());
        row.perUsd.set(rate.perUsd().toPlainString());
        row.asOf.set(rate.asOf());
        return row;
    }

    private Optional<String> currencyProblem(Predicate<ExchangeRateRow> takenElsewhere) {
        String code = normalCurrency();
        return SettingsRules.currencyProblem(code)
                .or(() -> "USD".equals(code) ? Optional.of("Rates are to US dollars, so USD needs none") : Optional.empty())
                .or(() -> takenElsewhere.test(this) ? Optional.of("There is already a rate for " + code) : Optional.empty());
    }

    /** The rate, if every field is valid. */
    Optional<ExchangeRate> toRate() {
        if (!validation().isValid()) {
            return Optional.empty();
        }
        return Optional.of(new ExchangeRate(normalCurrency(), SettingsRules.parseRate(perUsd.get()), asOf.get()));
    }

    /** The currency as typed, upper-cased and trimmed. */
    String normalCurrency() {
        return currency.get() == null ? "" : currency.get().strip().toUpperCase(Locale.ROOT);
    }

    /** Checks the currency again after another row changed. */
    void recheckCurrency() {
        currencyCheck.revalidate();
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty perUsdProperty() {
        return perUsd;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public FieldCheck currencyCheck() {
        return currencyCheck;
    }

    public FieldCheck rateCheck() {
        return rateCheck;
    }

    public FieldCheck dateCheck() {
        return dateCheck;
    }
}
