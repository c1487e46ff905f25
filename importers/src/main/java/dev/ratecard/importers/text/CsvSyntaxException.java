package dev.ratecard.importers.text;

import java.io.IOException;

/** The CSV text itself is broken (an unclosed quote, text after a closing quote) at {@link #line()}. */
public final class CsvSyntaxException extends IOException {
    private final long line;

    public CsvSyntaxException(long line, String reason, Throwable cause) {
        super(reason, cause);
        this.line = line;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return getMessage();
    }
}
