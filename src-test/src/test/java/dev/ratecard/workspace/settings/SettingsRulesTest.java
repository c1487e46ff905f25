package dev.ratecard.workspace.settings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SettingsRulesTest {

    @ParameterizedTest(name = "\"{0}\" is a rate")
    @ValueSource(strings = {"0.92", "151.3", "1", ".5", " 0.79 ", "0.000001"})
    void acceptsPositiveDecimals(String rate) {
        assertEquals(Optional.empty(), SettingsRules.rateProblem(rate));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''      | Enter how many units one US dollar buys, e.g. 0.92
            -0.92   | A rate must be a positive decimal; -0.92 is negative
            0       | A rate must be a positive decimal; it cannot be zero
            0.000   | A rate must be a positive decimal; it cannot be zero
            abc     | A rate must be a positive decimal such as 0.92; "abc" is not one
            1e3     | A rate must be a positive decimal such as 0.92; "1e3" is not one
            0,92    | A rate must be a positive decimal such as 0.92; "0,92" is not one
            1,000.5 | A rate must be a positive decimal such as 0.92; "1,000.5" is not one
            """)
    void rejectsWhatIsNotAPositiveDecimal(String rate, String problem) {
        assertEquals(Optional.of(problem), SettingsRules.rateProblem(rate));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EUR  | ''
            ''   | Enter a currency code, e.g. EUR
            eur  | "eur" is not an ISO 4217 currency code such as EUR or GBP
            EURO | "EURO" is not an ISO 4217 currency code such as EUR or GBP
            ABC  | "ABC" is not an ISO 4217 currency code such as EUR or GBP
            """)
    void checksCurrencyCodes(String code, String problem) {
        assertEquals(problem.isEmpty() ? Optional.empty() : Optional.of(problem), SettingsRules.currencyProblem(code));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UTC           | ''
            Europe/Berlin | ''
            +02:00        | ''
            ''            | Enter a time zone such as UTC or Europe/Berlin
            Europe/Berln  | "Europe/Berln" is not a time zone; pick one from the list, e.g. Europe/Berlin
            """)
    void checksTimeZones(String zone, String problem) {
        assertEquals(problem.isEmpty() ? Optional.empty() : Optional.of(problem), SettingsRules.timeZoneProblem(zone));
    }
}
