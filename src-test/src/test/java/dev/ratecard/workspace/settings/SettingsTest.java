package dev.ratecard.workspace.settings;

import dev.ratecard.pricing.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingsTest {
    private static final Settings DEFAULTS = Settings.defaults(Path.of("/data/ratecard"));
    private static final ExchangeRate EUR = new ExchangeRate("EUR", new BigDecimal("0.9215"), LocalDate.of(2026, 1, 15));

    @Test
    void convertsUsdToTheDisplayCurrencyExactly() {
        Settings inEuros = DEFAULTS.withCurrency("EUR", List.of(EUR));

        // 12.50 USD × 0.9215 EUR/USD = 11.518750 EUR, not rounded here.
        assertEquals(new Money(new BigDecimal("11.51875"), "EUR"), inEuros.inDisplayCurrency(Money.usd("12.50")));
    }

    @Test
    void leavesUsdAsItIsWhenShownInUsd() {
        Settings withUnusedRate = DEFAULTS.withCurrency("USD", List.of(EUR));

        assertEquals(Money.usd("12.50"), withUnusedRate.inDisplayCurrency(Money.usd("12.50")));
    }

    @Test
    void refusesToConvertMoneyThatIsNotUsd() {
        Settings inEuros = DEFAULTS.withCurrency("EUR", List.of(EUR));

        assertEquals("money inside Ratecard is USD; got EUR",
                assertThrows(IllegalArgumentException.class,
                        () -> inEuros.inDisplayCurrency(new Money(BigDecimal.ONE, "EUR"))).getMessage());
    }

    @Test
    void refusesADisplayCurrencyWithoutARate() {
        assertEquals("money cannot be shown in GBP without an exchange rate for it",
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withCurrency("GBP", List.of(EUR)))
                        .getMessage());
    }

    @Test
    void refusesTwoRatesForOneCurrency() {
        ExchangeRate later = new ExchangeRate("EUR", new BigDecimal("0.93"), LocalDate.of(2026, 2, 1));

        assertEquals("two exchange rates for EUR; keep one",
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withCurrency("EUR", List.of(EUR, later)))
                        .getMessage());
    }

    @Test
    void refusesRatesThatCannotConvert() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertEquals("a rate must be greater than zero; EUR had 0",
                assertThrows(IllegalArgumentException.class, () -> new ExchangeRate("EUR", BigDecimal.ZERO, day))
                        .getMessage());
        assertEquals("rates are to USD, so USD itself needs none",
                assertThrows(IllegalArgumentException.class, () -> new ExchangeRate("USD", BigDecimal.ONE, day))
                        .getMessage());
        assertEquals("\"EURO\" is not an ISO 4217 currency code such as EUR or GBP",
                assertThrows(IllegalArgumentException.class, () -> new ExchangeRate("EURO", BigDecimal.ONE, day))
                        .getMessage());
    }
}
