package dev.ratecard.chart;

import dev.ratecard.pricing.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyFormatterTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            1234.56,   USD, '$1,234.56'
            # ties go to the even digit: .565 -> .56 (6 even), .575 -> .58 (7 odd); HALF_UP would give .57 and .58
            1234.565,  USD, '$1,234.56'
            1234.575,  USD, '$1,234.58'
            # below one dollar, two more places: 0.00425 -> 0.0042 (tie, 2 even)
            0.00425,   USD, '$0.0042'
            0.00435,   USD, '$0.0044'
            # 0.99996 is 1.0000 at four places, so it is shown as a whole dollar amount
            0.99996,   USD, '$1.00'
            0,         USD, '$0.00'
            -1234.5,   USD, '-$1,234.50'
            -0.00004,  USD, '>-$0.0001'
            0.00004,   USD, '<$0.0001'
            11.51875,  EUR, '€11.52'
            1234.5,    JPY, '¥1,234'
            3,         CHF, 'CHF 3.00'
            """)
    void roundsForTablesHalfEven(String amount, String currency, String expected) {
        assertEquals(expected, MoneyFormatter.table(new Money(new BigDecimal(amount), currency)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            # amounts paid stay at the cent below one dollar: a top-up fee of $0.80, not $0.8000
            0.8,        '$0.80'
            2.035,      '$2.04'
            80.965,     '$80.96'
            -80.965,    '-$80.96'
            9435.7333,  '$9,435.73'
            # a real cost that would round to nothing keeps its finer figure rather than claim to be free
            0.0042,     '$0.0042'
            0,          '$0.00'
            """)
    void roundsAmountsPaidToTheCent(String amount, String expected) {
        assertEquals(expected, MoneyFormatter.minorUnit(Money.usd(amount)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0.000000075,   '$0.000000075'
            1234.5,        '$1,234.50'
            1234.50000000, '$1,234.50'
            -0.0000025,    '-$0.0000025'
            289.715207625, '$289.715207625'
            """)
    void showsTheWholeValueWhenExact(String amount, String expected) {
        assertEquals(expected, MoneyFormatter.exact(Money.usd(amount)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            1200,     '$1.2K'
            -3400000, '-$3.4M'
            0.0042,   '$0.0042'
            """)
    void shortensForAxes(String amount, String expected) {
        assertEquals(expected, MoneyFormatter.compact(Money.usd(amount)));
    }
}
