package dev.ratecard.importers.usage;

import dev.ratecard.importers.text.CharWindow;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, split exactly as {@link java.io.BufferedReader#readLine()} splits them (at {@code \n},
 * {@code \r} or {@code \r\n}; no empty line after a final terminator), but handed out as ranges of one char
 * buffer, so that a line a reader takes whole costs no string of its own. A line is valid until the next call
 * to {@link #next()}.
 */
final class CharLines {
    private final CharWindow window;
    private int start;
    private int end;

    CharLines(Reader reader) {
        this.window = new CharWindow(reader);
    }

    /** Moves to the next line; false at the end of the text. */
    boolean next() throws IOException {
        int i = window.position();
        while (true) {
            char[] chars = window.chars();
            int available = window.filled();
            while (i < available && chars[i] != '\n' && chars[i] != '\r') {
                i++;
            }
            // A \r at the end of what is buffered may be the first half of \r\n: read on before deciding.
            boolean carriageReturnAtEdge = i < available && chars[i] == '\r' && i + 1 == available && !window.endOfInput();
            if (i < available && !carriageReturnAtEdge) {
                start = window.position();
                end = i;
                window.consume(chars[i] == '\r' && i + 1 < available && chars[i + 1] == '\n' ? i + 2 : i + 1);
                return true;
            }
            if (window.endOfInput()) {
                if (window.position() < available) {
                    start = window.position();
                    end = available;
                    window.consume(available);
                    return true;
                }
                return false;
            }
            int offset = i - window.position();
            window.fill();
            i = window.position() + offset;
        }
    }

    char[] chars() {
        return window.chars();
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        return new String(window.chars(), start, end - start);
    }

    /** As {@link String#isBlank()}: empty, or whitespace only. */
    boolean isBlank() {
        char[] chars = window.chars();
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }
}
