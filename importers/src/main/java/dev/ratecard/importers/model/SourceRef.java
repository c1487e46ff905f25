package dev.ratecard.importers.model;

import java.util.Objects;

/**
 * Where a record or a problem came from: the file name, the 1-based line, and for JSON a pointer such as
 * {@code $.data[3].results[1]} (or {@code null}). Line 0 means the file as a whole.
 */
public record SourceRef(String file, long line, String pointer) {
    public SourceRef {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static SourceRef line(String file, long line) {
        return new SourceRef(file, line, null);
    }

    public static SourceRef wholeFile(String file) {
        return new SourceRef(file, 0, null);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        if (pointer != null) {
            s.append(' ').append(pointer);
        }
        return s.toString();
    }
}
