package dev.ratecard.report.csv;

import dev.ratecard.report.Cell;
import dev.ratecard.report.CellText;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 fields that a spreadsheet cannot take for formulas (OWASP, "CSV Injection"): every text field is quoted
 * with its quotes doubled, and one that begins with {@code = + - @}, tab, carriage return or line feed gets a
 * leading apostrophe, which spreadsheets read as "this is text". Numbers are never prefixed: they are written
 * canonically and unquoted, so a negative saving stays {@code -80.965}.
 */
public final class CsvFields {
    static final String LINE_END = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    private CsvFields() {
    }

    public static String line(List<Cell> cells) {
        return cells.stream().map(CsvFields::field).collect(Collectors.joining(",")) + LINE_END;
    }

    public static String field(Cell cell) {
        return cell instanceof Cell.Text text ? quoted(neutralised(text.value())) : CellText.canonical(cell);
    }

    /** The text with an apostrophe in front when its first character would start a formula. */
    public static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
