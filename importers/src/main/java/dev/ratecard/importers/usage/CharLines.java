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

    /** Makes sure some text after the current line is buffered; false at the end of the text. */
    boolean hasText() throws IOException {
        if (window.position() < window.filled()) {
            return true;
        }
        if (!window.endOfInput()) {
            window.fill();
        }
        return window.position() < window.filled();
    }

    /** Where the text after the current line starts in {@link #chars()}. */
    int position() {
        return window.position();
    }

    /** How far {@link #chars()} holds text. */
    int available() {
        return window.filled();
    }

    /**
     * For a reader that found where the next line ends: if a line break (or the end of the text) is at {@code at},
     * takes the text from {@link #position()} to there as the current line and moves past the break; false when
     * there is none there, or it cannot be told yet (a {@code \r} at the end of what is buffered).
     */
    boolean endLineAt(int at) {
        char[] chars = window.chars();
        int available = window.filled();
        if (at == available && window.endOfInput()) {
            start = window.position();
            end = at;
            window.consume(at);
            return true;
        }
        if (at >= available || (chars[at] != '\n' && chars[at] != '\r')
                || (chars[at] == '\r' && at + 1 == available && !window.endOfInput())) {
            return false;
        }
        start = window.position();
        end = at;
        window.consume(chars[at] == '\r' && at + 1 < available && chars[at + 1] == '\n' ? at + 2 : at + 1);
        return true;
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
