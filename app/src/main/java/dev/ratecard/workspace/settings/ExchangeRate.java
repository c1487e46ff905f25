package dev.ratecard.workspace.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many units of {@code currency} one US dollar buys, as of a date ({@code EUR 0.92} means 1 USD = 0.92
 * EUR). All money inside Ratecard is USD; a rate only converts for display, so it is expressed the way that
 * makes that conversion one exact multiplication.
 */
public record ExchangeRate(String currency, BigDecimal perUsd, LocalDate asOf) {
    public ExchangeRate {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(perUsd, "perUsd");
        Objects.requireNonNull(asOf, "asOf");
        requireIsoCurrency(currency);
        if (Currencies.USD.equals(currency)) {
            throw new IllegalArgumentException("rates are to USD, so USD itself needs none");
        }
        if (perUsd.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be greater than zero; " + currency + " had " + perUsd.toPlainString());
        }
    }

    static void requireIsoCurrency(String code) {
        if (!Currencies.isIso(code)) {
            throw new IllegalArgumentException("\"" + code + "\" is not an ISO 4217 currency code such as EUR or GBP");
        }
    }
}
