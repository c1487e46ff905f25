package dev.ratecard.report.csv;

import dev.ratecard.pricing.Money;
import dev.ratecard.report.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** OWASP's CSV injection rule on text fields, RFC 4180 quoting, and numbers left alone. */
class CsvFieldsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            =cmd|' /C calc'!A0 => '=cmd|' /C calc'!A0
            +1                 => '+1
            -2                 => '-2
            @SUM(1)            => '@SUM(1)
            plain name         => plain name
            a=b                => a=b
            """)
    void prefixesTextThatWouldStartAFormula(String text, String expected) {
        assertEquals(expected, CsvFields.neutralised(text));
    }

    @Test
    void prefixesTextStartingWithTabCarriageReturnOrLineFeed() {
        assertEquals("'\tx", CsvFields.neutralised("\tx"));
        assertEquals("'\rx", CsvFields.neutralised("\rx"));
        assertEquals("'\nx", CsvFields.neutralised("\nx"));
        assertEquals("", CsvFields.neutralised(""));
    }

    @Test
    void quotesEveryTextFieldAndDoublesItsQuotes() {
        assertEquals("\"say \"\"hi\"\", then\r\nleave\"", CsvFields.field(Cell.text("say \"hi\", then\r\nleave")));
        assertEquals("\"'=1+1\"", CsvFields.field(Cell.text("=1+1")));
    }

    @Test
    void writesNumbersCanonicallyUnquotedAndNegativeNumbersIntact() {
        assertEquals("-80.965", CsvFields.field(new Cell.Amount(Money.usd("-80.965"))));
        assertEquals("-0.5", CsvFields.field(new Cell.Decimal(new BigDecimal("-0.50"))));
        assertEquals("\"x\",-2,\"'-2\"\r\n", CsvFields.line(List.of(Cell.text("x"), new Cell.Count(-2), Cell.text("-2"))));
    }
}
