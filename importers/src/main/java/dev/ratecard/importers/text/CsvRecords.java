package dev.ratecard.importers.text;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * RFC 4180 records read straight out of a char buffer, as Commons CSV's {@code RFC4180} format reads them (with
 * empty lines kept): fields split at the delimiter; a field that starts with a quote runs to the closing quote,
 * with {@code ""} for a quote inside and delimiters and line breaks kept, and may be followed only by white space
 * before the next delimiter or line break; any other field is taken as it is, quotes and all. Lines end at
 * {@code \n}, {@code \r\n} or a lone {@code \r}. Line numbers count every line break read, quoted or not.
 *
 * <p>A record's fields are positions in the buffer; a field becomes a string only when it is asked for, so a
 * reader pays nothing for the columns it does not use. The fields are valid until the next {@link #next()}.
 */
final class CsvRecords {
    private static final String UNCLOSED = "a quoted value is never closed (missing \")";
    /** The most digits {@link #digits} reads: more could overflow a {@code long}. */
    private static final int MAX_DIGITS = 18;
    private static final String AFTER_QUOTE = "text after a closing quote; a \" inside a quoted value must be doubled";

    private final CharWindow window;
    private final char delimiter;
    private char[] buffer;
    private int filled;
    private boolean endOfInput;
    /** Line breaks read before the current position. */
    private long breaks;

    private int size;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    /** Whether a field was quoted and holds a doubled quote, so that its text needs the pairs undone. */
    private boolean[] doubled = new boolean[32];
    private String[] texts = new String[32];
    private long line;
    /** The first line of the record being parsed: where its problems are reported. */
    private long recordLine;

    CsvRecords(Reader reader, char delimiter) {
        this.window = new CharWindow(reader);
        this.delimiter = delimiter;
    }

    /** Reads the next record; false at the end of the text. */
    boolean next() throws IOException {
        while (true) {
            if (window.position() >= window.filled() && !fill()) {
                return false;
            }
            long before = breaks;
            recordLine = before + 1;
            buffer = window.chars();
            filled = window.filled();
            endOfInput = window.endOfInput();
            int end = parse(window.position());
            if (end >= 0) {
                line = before + 1;
                window.consume(end);
                return true;
            }
            breaks = before;
            if (endOfInput) {
                throw new CsvSyntaxException(before + 1, UNCLOSED, null);
            }
            if (!fill()) {
                throw new CsvSyntaxException(before + 1, UNCLOSED, null);
            }
        }
    }

    /** The first line of the current record. */
    long line() {
        return line;
    }

    int size() {
        return size;
    }

    String get(int index) {
        String text = texts[index];
        if (text == null) {
            text = doubled[index] ? undouble(starts[index], ends[index]) : new String(buffer, starts[index], ends[index] - starts[index]);
            texts[index] = text;
        }
        return text;
    }

    /**
     * The field as a count if it is nothing but 1 to 18 digits, read from the buffer without making a string of it;
     * -1 for anything else, which the caller then reads as text. A token count is several fields of every row.
     */
    long digits(int index) {
        int start = starts[index];
        int end = ends[index];
        if (doubled[index] || end <= start || end - start > MAX_DIGITS) {
            return -1;
        }
        char[] chars = buffer;
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The field as {@link NumberParser#plainDecimal} reads it in place; {@code null} if it is not that plain. */
    BigDecimal plainDecimal(int index, NumberParser numbers) {
        return doubled[index] ? null : numbers.plainDecimal(buffer, starts[index], ends[index]);
    }

    /**
     * Parses the record at {@code at}; returns where the next one starts, or -1 when the buffer ends inside it
     * (and more text may follow). Throws for text after a closing quote.
     */
    private int parse(int at) throws CsvSyntaxException {
        size = 0;
        int i = at;
        char[] chars = buffer;
        int limit = filled;
        while (true) {
            int field = size;
            if (field == starts.length) {
                grow();
            }
            texts[field] = null;
            doubled[field] = false;
            if (i < limit && chars[i] == '"') {
                int close = quoted(i + 1, field);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
                while (i < limit && chars[i] != delimiter && chars[i] != '\n' && chars[i] != '\r') {
                    if (!Character.isWhitespace(chars[i])) {
                        throw new CsvSyntaxException(recordLine, AFTER_QUOTE, null);
                    }
                    i++;
                }
            } else {
                starts[field] = i;
                while (i < limit && chars[i] != delimiter && chars[i] != '\n' && chars[i] != '\r') {
                    i++;
                }
                ends[field] = i;
            }
            size++;
            if (i >= limit) {
                // The record ends with the text, unless more is to come.
                return endOfInput ? i : -1;
            }
            char c = chars[i];
            if (c == delimiter) {
                i++;
                if (i >= limit && endOfInput) {
                    // A delimiter at the very end: one more, empty field.
                    if (size == starts.length) {
                        grow();
                    }
                    starts[size] = i;
                    ends[size] = i;
                    texts[size] = null;
                    doubled[size] = false;
                    size++;
                    return i;
                }
                continue;
            }
            if (c == '\r') {
                if (i + 1 >= limit && !endOfInput) {
                    return -1;
                }
                breaks++;
                return i + 1 < limit && chars[i + 1] == '\n' ? i + 2 : i + 1;
            }
            breaks++;
            return i + 1;
        }
    }

    /** A quoted field's content from {@code from}; the index of its closing quote, or -1 if the buffer ends first. */
    private int quoted(int from, int field) {
        char[] chars = buffer;
        int limit = filled;
        starts[field] = from;
        int i = from;
        while (i < limit) {
            char c = chars[i];
            if (c == '"') {
                if (i + 1 < limit && chars[i + 1] == '"') {
                    doubled[field] = true;
                    i += 2;
                    continue;
                }
                if (i + 1 >= limit && !endOfInput) {
                    return -1;
                }
                ends[field] = i;
                return i;
            }
            if (c == '\n') {
                breaks++;
            } else if (c == '\r') {
                if (i + 1 >= limit && !endOfInput) {
                    return -1;
                }
                if (i + 1 >= limit || chars[i + 1] != '\n') {
                    breaks++;
                }
            }
            i++;
        }
        return -1;
    }

    private String undouble(int start, int end) {
        StringBuilder text = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            text.append(buffer[i]);
            if (buffer[i] == '"') {
                i++;
            }
        }
        return text.toString();
    }

    private void grow() {
        int length = starts.length * 2;
        starts = Arrays.copyOf(starts, length);
        ends = Arrays.copyOf(ends, length);
        doubled = Arrays.copyOf(doubled, length);
        texts = Arrays.copyOf(texts, length);
    }

    /** Reads more text after what is left; false when there is none at all. */
    private boolean fill() throws IOException {
        try {
            return window.fill();
        } catch (CharacterCodingException undecodable) {
            throw new CsvSyntaxException(recordLine, "bytes that are not characters in the file's encoding", undecodable);
        }
    }
}
