package dev.ratecard.importers.text;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The part of a text not yet consumed, in one char buffer that readers scan in place: refilling keeps what is
 * left (moving it to the front, or growing the buffer for a line or record longer than it) and reads more after
 * it. Lets a reader hand out ranges of the buffer instead of a string per line.
 */
public final class CharWindow {
    /**
     * Larger than the reader's own buffer (64K chars), so that a buffered reader hands its text straight into this
     * buffer instead of copying it through its own.
     */
    private static final int CHUNK = 1 << 18;

    private final Reader reader;
    private char[] buffer = new char[CHUNK];
    private int filled;
    private int position;
    private boolean endOfInput;

    public CharWindow(Reader reader) {
        this.reader = reader;
    }

    /** The buffer; valid from {@link #position()} to {@link #filled()} until the next {@link #fill()}. */
    public char[] chars() {
        return buffer;
    }

    public int filled() {
        return filled;
    }

    /** Where the unconsumed text starts. */
    public int position() {
        return position;
    }

    /** Marks the text before {@code at} consumed. */
    public void consume(int at) {
        position = at;
    }

    /** True once the reader has no more text. */
    public boolean endOfInput() {
        return endOfInput;
    }

    /**
     * Keeps the unconsumed text and reads more after it, once; positions move, so indexes taken before must be
     * taken again relative to {@link #position()}. Returns false once there is nothing left at all.
     */
    public boolean fill() throws IOException {
        int kept = filled - position;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
        }
        position = 0;
        filled = kept;
        if (!endOfInput) {
            int read = reader.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                endOfInput = true;
            } else {
                filled += read;
            }
        }
        return filled > 0;
    }
}
