package dev.ratecard.importers.text;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A CSV file read row by row (RFC 4180 via Commons CSV: quoted delimiters, quoted newlines, doubled quotes,
 * CRLF or LF, no final newline needed), with the header taken from the first non-blank line and each row's
 * first line number kept for messages. Blank lines are skipped. Rows are never held: one at a time.
 */
public final class CsvTable implements Closeable {
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final CsvHeader header;
    private CSVRecord current;
    private long currentLine;
    private long nextLine = 1;

    private CsvTable(CSVParser parser) throws IOException {
        this.parser = parser;
        this.rows = parser.iterator();
        if (!advance()) {
            throw new CsvSyntaxException(1, "no header line: the file has no text", null);
        }
        this.header = new CsvHeader(current.toList());
    }

    public static CsvTable open(Reader reader, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        return new CsvTable(CSVParser.builder().setReader(reader).setFormat(format).get());
    }

    public CsvHeader header() {
        return header;
    }

    /** Moves to the next non-blank row; false at the end of the file. */
    public boolean next() throws IOException {
        return advance();
    }

    private boolean advance() throws IOException {
        try {
            while (rows.hasNext()) {
                CSVRecord record = rows.next();
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                current = record;
                currentLine = line;
                return true;
            }
            return false;
        } catch (UncheckedIOException broken) {
            throw new CsvSyntaxException(nextLine, describe(broken.getCause()), broken.getCause());
        }
    }

    private static String describe(IOException cause) {
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return "bytes that are not characters in the file's encoding";
        }
        String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("eof reached before encapsulated token finished")) {
            return "a quoted value is never closed (missing \")";
        }
        if (lower.contains("between encapsulated token and delimiter")) {
            return "text after a closing quote; a \" inside a quoted value must be doubled";
        }
        return message.isEmpty() ? "unreadable CSV" : message;
    }

    /** The first line of the current row (1-based; a row with quoted newlines spans more). */
    public long line() {
        return currentLine;
    }

    /** The number of fields in the current row. */
    public int size() {
        return current.size();
    }

    /** The raw value of the current row's field {@code index}, or null if the row is shorter. */
    public String get(int index) {
        return index < current.size() ? current.get(index) : null;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
