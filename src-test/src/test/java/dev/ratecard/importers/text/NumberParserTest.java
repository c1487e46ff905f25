package dev.ratecard.importers.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumberParserTest {
    private final NumberParser point = new NumberParser(DecimalSeparator.POINT);
    private final NumberParser comma = new NumberParser(DecimalSeparator.COMMA);

    @ParameterizedTest(name = "count \"{0}\" = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                | 0
            4212             | 4212
            3.0              | 3
            3.000            | 3
            ' 17 '           | 17
            1,234            | 1234
            1,234,567        | 1234567
            1.5E3            | 1500
            1e3              | 1000
            9223372036854775807 | 9223372036854775807
            """)
    void readsWholeCountsWrittenInAnyUsualForm(String text, long expected) {
        assertEquals(expected, point.count(text));
    }

    @ParameterizedTest(name = "count \"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3.5                  | not a whole number; counts cannot have a fraction
            -3                   | negative count
            -0.5                 | negative count
            abc                  | not a number
            12tokens             | not a number
            9223372036854775808  | too large for a count
            1,23,4               | thousands separators must group three digits
            $3                   | not a number
            """)
    void refusesCountsThatAreNotWholeNonNegativeNumbers(String text, String reason) {
        ValueFormatException refused = assertThrows(ValueFormatException.class, () -> point.count(text));
        assertEquals(reason, refused.reason());
    }

    @ParameterizedTest(name = "amount \"{0}\" = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.00000602       | 0.00000602
            -0.000216        | -0.000216
            $1,234.50        | 1234.50
            -$1,234.50       | -1234.50
            $-5              | -5
            (12.50)          | -12.50
            1.234,56         | 1234.56
            '12,50 €'        | 12.50
            '1 234,56'       | 1234.56
            '1''234.5'       | 1234.5
            'USD 3.10'       | 3.10
            '3,10 EUR'       | 3.10
            3,5              | 3.5
            0,123            | 0.123
            1,2345           | 1.2345
            1.5E-7           | 1.5E-7
            +4               | 4
            """)
    void readsAmountsWithCurrencySignsSeparatorsAndSigns(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(point.decimal(text)), () -> text + " read as " + point.decimal(text));
    }

    @Test
    void keepsTheScaleWrittenSoNoDigitIsInventedOrLost() {
        assertEquals("0.0000720", point.decimal("0.0000720").toPlainString());
    }

    @Test
    void letsTheConfiguredSeparatorDecideOnlyTheOneAmbiguousForm() {
        // One separator followed by exactly three digits after a non-zero whole part.
        assertEquals(0, new BigDecimal("1234").compareTo(point.decimal("1,234")));
        assertEquals(0, new BigDecimal("1.234").compareTo(comma.decimal("1,234")));
        assertEquals(0, new BigDecimal("1.234").compareTo(point.decimal("1.234")));
        assertEquals(0, new BigDecimal("1234").compareTo(comma.decimal("1.234")));
        // Every other form reads the same under both settings.
        assertEquals(0, point.decimal("1.234,56").compareTo(comma.decimal("1.234,56")));
        assertEquals(0, point.decimal("0,123").compareTo(comma.decimal("0,123")));
        assertEquals(0, point.decimal("3,5").compareTo(comma.decimal("3,5")));
        assertEquals(0, point.decimal("1,234,567").compareTo(comma.decimal("1,234,567")));
    }

    @ParameterizedTest(name = "amount \"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''           | empty
            .            | not a number
            12,34,5      | thousands separators must group three digits
            1,234.5.6    | more than one decimal separator
            1,5E         | exponent without digits
            ten dollars  | not a number
            """)
    void refusesTextThatIsNotAnAmount(String text, String reason) {
        ValueFormatException refused = assertThrows(ValueFormatException.class, () -> comma.decimal(text));
        assertEquals(reason, refused.reason());
    }

    /** A plain amount is read as the JDK's own parser reads it: the same value and the same scale. */
    @ParameterizedTest
    @ValueSource(strings = {"0.000123", "5.", ".5", "+.5", "-0.0", "-0", "007", "-12.50", "1.2345678901234567",
            "123456789012345678", "1234567890123456789", "0.0000000000000000001", "99999999999999999.9", "1e3",
            "-1.5E-7", "+42"})
    void readsPlainAmountsExactlyAsBigDecimalDoes(String text) {
        BigDecimal read = new NumberParser(DecimalSeparator.POINT).decimal(text);

        assertEquals(new BigDecimal(text), read);
        assertEquals(new BigDecimal(text).scale(), read.scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", ".", "+", "1.2.3", "--1", "1-"})
    void refusesPlainLookingTextThatIsNoNumber(String text) {
        assertThrows(ValueFormatException.class, () -> new NumberParser(DecimalSeparator.POINT).decimal(text));
    }
}
