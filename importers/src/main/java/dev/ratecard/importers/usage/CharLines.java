package dev.ratecard.importers.usage;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The lines of a text, split exactly as {@link java.io.BufferedReader#readLine()} splits them (at {@code \n},
 * {@code \r} or {@code \r\n}; no empty line after a final terminator), but handed out as ranges of one char
 * buffer, so that a line a reader takes whole costs no string of its own. A line is valid until the next call
 * to {@link #next()}.
 */
final class CharLines {
    private static final int CHUNK = 1 << 16;

    private final Reader reader;
    private char[] buffer = new char[CHUNK];
    private int filled;
    private int position;
    private boolean endOfInput;
    private int start;
    private int end;

    CharLines(Reader reader) {
        this.reader = reader;
    }

    /** Moves to the next line; false at the end of the text. */
    boolean next() throws IOException {
        int i = position;
        while (true) {
            char[] chars = buffer;
            int available = filled;
            while (i < available && chars[i] != '\n' && chars[i] != '\r') {
                i++;
            }
            // A \r at the end of what is buffered may be the first half of \r\n: read on before deciding.
            boolean carriageReturnAtEdge = i < available && chars[i] == '\r' && i + 1 == available && !endOfInput;
            if (i < available && !carriageReturnAtEdge) {
                start = position;
                end = i;
                position = chars[i] == '\r' && i + 1 < available && chars[i + 1] == '\n' ? i + 2 : i + 1;
                return true;
            }
            if (endOfInput) {
                if (position < filled) {
                    start = position;
                    end = filled;
                    position = filled;
                    return true;
                }
                return false;
            }
            int offset = i - position;
            fill();
            i = position + offset;
        }
    }

    /** Moves what is left to the front (growing the buffer for a long line) and reads more. */
    private void fill() throws IOException {
        int kept = filled - position;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
        }
        position = 0;
        filled = kept;
        int read = reader.read(buffer, filled, buffer.length - filled);
        if (read < 0) {
            endOfInput = true;
        } else {
            filled += read;
        }
    }

    char[] chars() {
        return buffer;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        return new String(buffer, start, end - start);
    }

    /** As {@link String#isBlank()}: empty, or whitespace only. */
    boolean isBlank() {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(buffer[i])) {
                return false;
            }
        }
        return true;
    }
}
