package dev.ratecard.importers.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.List;

/**
 * A CSV file read row by row (RFC 4180: quoted delimiters, quoted newlines, doubled quotes, CRLF or LF, no final
 * newline needed; see {@link CsvRecords}), with the header taken from the first non-blank line and each row's
 * first line number kept for messages. Blank lines are skipped. Rows are never held: one at a time, and a field
 * becomes a string only when it is read.
 */
public final class CsvTable implements Closeable {
    private final Reader reader;
    private final CsvRecords records;
    private final CsvHeader header;

    private CsvTable(Reader reader, char delimiter) throws IOException {
        this.reader = reader;
        this.records = new CsvRecords(reader, delimiter);
        if (!advance()) {
            throw new CsvSyntaxException(1, "no header line: the file has no text", null);
        }
        String[] names = new String[records.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = records.get(i);
        }
        this.header = new CsvHeader(List.of(names));
    }

    public static CsvTable open(Reader reader, char delimiter) throws IOException {
        return new CsvTable(reader, delimiter);
    }

    public CsvHeader header() {
        return header;
    }

    /** Moves to the next non-blank row; false at the end of the file. */
    public boolean next() throws IOException {
        return advance();
    }

    private boolean advance() throws IOException {
        while (records.next()) {
            if (!(records.size() == 1 && records.get(0).isBlank())) {
                return true;
            }
        }
        return false;
    }

    /** The first line of the current row (1-based; a row with quoted newlines spans more). */
    public long line() {
        return records.line();
    }

    /** The number of fields in the current row. */
    public int size() {
        return records.size();
    }

    /** The raw value of the current row's field {@code index}, or null if the row is shorter. */
    public String get(int index) {
        return index < records.size() ? records.get(index) : null;
    }

    /**
     * The current row's field {@code index} as a count if it is nothing but 1 to 18 digits, read without making a
     * string of it; -1 for anything else (or a row too short), which is then read as text with {@link #get}.
     */
    public long digits(int index) {
        return index < records.size() ? records.digits(index) : -1;
    }

    /**
     * The current row's field {@code index} as a plain amount read in place ({@link NumberParser#plainDecimal});
     * {@code null} for anything else (or a row too short), which is then read as text with {@link #get}.
     */
    public BigDecimal plainDecimal(int index, NumberParser numbers) {
        return index < records.size() ? records.plainDecimal(index, numbers) : null;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
