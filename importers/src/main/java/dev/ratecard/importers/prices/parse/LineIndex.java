package dev.ratecard.importers.prices.parse;

import java.util.Arrays;

/** Finds the 1-based line of a character position in a text (CR, LF and CRLF all end a line). */
public final class LineIndex {
    private final int[] lineStarts;

    public LineIndex(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public long lineOf(long position) {
        int found = Arrays.binarySearch(lineStarts, (int) Math.min(position, Integer.MAX_VALUE));
        return found >= 0 ? found + 1 : -found - 1;
    }
}
