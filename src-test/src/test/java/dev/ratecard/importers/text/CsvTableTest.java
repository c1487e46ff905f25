package dev.ratecard.importers.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvTableTest {
    /** Each row as "line: field|field|…". */
    private static List<String> rows(String csv, char delimiter) throws IOException {
        List<String> rows = new ArrayList<>();
        try (CsvTable table = CsvTable.open(new StringReader(csv), delimiter)) {
            while (table.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < table.size(); i++) {
                    fields.add(table.get(i));
                }
                rows.add(table.line() + ": " + String.join("|", fields));
            }
        }
        return rows;
    }

    @Test
    void keepsTheFirstLineOfEachRowAcrossQuotedNewlinesBlankLinesAndCrlf() throws IOException {
        String csv = "a,b\r\n1,2\r\n\r\n\"multi\nline\",3\r\n4,\"x, y\"";
        assertEquals(List.of("2: 1|2", "4: multi\nline|3", "6: 4|x, y"), rows(csv, ','));
    }

    @Test
    void readsDoubledQuotesAndAFileWithoutFinalNewline() throws IOException {
        assertEquals(List.of("2: say \"hi\"|1"), rows("a,b\n\"say \"\"hi\"\"\",1", ','));
    }

    @Test
    void readsSemicolonAndTabDelimitedFiles() throws IOException {
        assertEquals(List.of("2: 1,5|2"), rows("a;b\n1,5;2\n", ';'));
        assertEquals(List.of("2: 1|2"), rows("a\tb\n1\t2\n", '\t'));
    }

    @Test
    void findsHeaderNamesWithoutCaseOrSpacesAndMarksDuplicates() throws IOException {
        try (CsvTable table = CsvTable.open(new StringReader("\uFEFF Prompt_Tokens ,cost,Cost\n"), ',')) {
            CsvHeader header = table.header();
            assertEquals(0, header.indexOf("prompt_tokens"), "BOM and spaces are not part of the name");
            assertEquals(CsvHeader.AMBIGUOUS, header.indexOf("COST"));
            assertEquals(CsvHeader.ABSENT, header.indexOf("model"));
        }
    }

    @Test
    void namesTheLineOfAnUnclosedQuote() {
        CsvSyntaxException broken = assertThrows(CsvSyntaxException.class, () -> rows("a,b\n1,2\n3,\"open\n4,5\n", ','));
        assertEquals(3, broken.line());
        assertEquals("a quoted value is never closed (missing \")", broken.reason());
    }

    @Test
    void namesTheLineOfTextAfterAClosingQuote() {
        CsvSyntaxException broken = assertThrows(CsvSyntaxException.class, () -> rows("a,b\n1,2\n\"x\"y,3\n", ','));
        assertEquals(3, broken.line());
        assertEquals("text after a closing quote; a \" inside a quoted value must be doubled", broken.reason());
    }

    @Test
    void sniffsTheDelimiterFromTheHeaderOutsideQuotes() {
        assertEquals(',', DelimiterSniffer.sniff("a,b,c\n1;2;3;4;5"));
        assertEquals(';', DelimiterSniffer.sniff("\"a,b\";c;d\n"));
        assertEquals('\t', DelimiterSniffer.sniff("a\tb\tc"));
        assertEquals(',', DelimiterSniffer.sniff("single"));
    }

    @Test
    void readsBooleansAsExportsWriteThem() {
        for (String yes : List.of("true", "True", "TRUE", "t", "1", "yes", "1.0")) {
            assertEquals(true, Flags.parse(yes), yes);
        }
        for (String no : List.of("false", "False", "f", "0", "no")) {
            assertEquals(false, Flags.parse(no), no);
        }
        assertEquals("not true or false", assertThrows(ValueFormatException.class, () -> Flags.parse("maybe")).reason());
    }

    /** Only a field of plain digits is read as a count in place; every other field is left to be read as text. */
    @Test
    void readsAFieldOfPlainDigitsAsACountAndLeavesAnyOtherToTheText() throws IOException {
        String csv = "a,b,c,d,e,f,g,h,i\n"
                + "123,007,\"456\",,\" 12\",12.0,1234567890123456789,\"1\"\"2\",123456789012345678\n"
                + "5\n";
        try (CsvTable table = CsvTable.open(new StringReader(csv), ',')) {
            assertTrue(table.next());
            assertEquals(123, table.digits(0));
            assertEquals(7, table.digits(1), "leading zeros, as the text reads them");
            assertEquals(456, table.digits(2), "quoted digits");
            assertEquals(-1, table.digits(3), "empty: the text says absent");
            assertEquals(-1, table.digits(4), "a space: the text strips it");
            assertEquals(-1, table.digits(5), "a point: the text decides whether it is whole");
            assertEquals(-1, table.digits(6), "19 digits could overflow");
            assertEquals(-1, table.digits(7), "a doubled quote");
            assertEquals(123_456_789_012_345_678L, table.digits(8));
            assertEquals(-1, table.digits(9), "beyond the row");
            assertTrue(table.next());
            assertEquals(5, table.digits(0));
            assertEquals(-1, table.digits(1), "a short row");
        }
    }

    /** Only a plain amount, where the point is the decimal separator, is read in place; anything else is left to the text. */
    @Test
    void readsAPlainAmountInPlaceAndLeavesAnyOtherToTheText() throws IOException {
        NumberParser point = new NumberParser(DecimalSeparator.POINT);
        NumberParser comma = new NumberParser(DecimalSeparator.COMMA);
        String csv = "a,b,c,d,e,f,g\n0.00123,-5,\"2.50\", 1.5,\"1,5\",1e3,\n";
        try (CsvTable table = CsvTable.open(new StringReader(csv), ',')) {
            assertTrue(table.next());
            assertEquals(new java.math.BigDecimal("0.00123"), table.plainDecimal(0, point));
            assertEquals(new java.math.BigDecimal("-5"), table.plainDecimal(1, point));
            assertEquals(new java.math.BigDecimal("2.50"), table.plainDecimal(2, point), "quoted, scale kept");
            assertNull(table.plainDecimal(3, point), "a space: the text strips it");
            assertNull(table.plainDecimal(4, point), "a comma: the text decides what it is");
            assertNull(table.plainDecimal(5, point), "an exponent: the text reads it");
            assertNull(table.plainDecimal(6, point), "empty: the text says absent");
            assertNull(table.plainDecimal(7, point), "beyond the row");
            assertNull(table.plainDecimal(0, comma), "a point where a comma is the decimal separator");
        }
    }
}
